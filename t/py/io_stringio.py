import io
s = io.StringIO()
print(s.write("hello"), s.write(" wörld😀"), s.tell(), s.getvalue())
s.seek(0)
print(s.read(5), s.tell(), s.read(), s.read())
s.seek(6)
s.write("W")
print(s.getvalue(), s.tell())
s = io.StringIO("line1\nline2\nline3")
print(s.readline(), s.readline(2), s.readline(), s.readline(), repr(s.readline()))
s.seek(0)
print(s.readlines(), list(io.StringIO("a\nb\n")), [l for l in io.StringIO("x\ny")])
s = io.StringIO("abcdef")
s.seek(3)
print(s.truncate(), s.getvalue(), s.truncate(1), s.getvalue(), s.tell())
s.seek(10)
s.write("Z")
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.seek(0, 2), s.seek(0, 1))
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
for bad in [lambda: c.read(), lambda: c.getvalue(), lambda: io.StringIO(5), lambda: io.StringIO().write(5), lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(-1)]:
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__ + ":", e)
print(type(io.StringIO()).__name__, io.StringIO.__name__)
class MyIO(io.StringIO):
    def extra(self): return "extra"
m = MyIO("sub")
print(m.read(), m.extra())
