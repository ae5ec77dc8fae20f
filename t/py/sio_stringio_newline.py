# io.StringIO newline modes: translation of the initial value and of
# writes, line splitting when reading, the newlines attribute.
import io

text = "a\nb\r\nc\rd\n\re"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.newlines, s.tell())
    print("  lines", s.readlines())
    s.seek(0)
    print("  iter", list(s))
    s.seek(0)
    print("  limit", [s.readline(2) for i in range(5)])
    w = io.StringIO(newline=nl)
    print("  write", w.write("x\ny\r\nz\r"), w.write("\nw"), repr(w.getvalue()), w.newlines)
    w.seek(0)
    print("  read", repr(w.read()), w.tell())

s = io.StringIO(newline=None)
print(s.newlines)
s.write("a\n")
print(repr(s.newlines))
s.write("b\r")
print(s.newlines)
s.write("c\r\n")
print(s.newlines)
s = io.StringIO("x\r\ny\r\n", newline="")
print(s.newlines, s.readline(), repr(s.readline()))
s = io.StringIO("x\r\ny", newline="\r\n")
print(repr(s.readline()), repr(s.read()))
s = io.StringIO("\r", newline="")
print(repr(s.readline()))
s = io.StringIO("1\r2", newline="\r")
print(repr(s.readline()), repr(s.readline()))
for bad in ["x", "\n\n", 5, b"\n"]:
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(io.StringIO("a\r\nb").getvalue()))
print(io.StringIO("a\r\nb", None).readlines())
s = io.StringIO("a\r\nb")
print(s.readlines(), s.newlines)
s.write("x\r")
print(repr(s.getvalue()))
