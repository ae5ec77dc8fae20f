import io
s = io.StringIO("line1\nline2\r\nline3")
print(s.readline(), s.readlines(), s.read(), s.tell(), s.seek(0), s.read(3), s.getvalue()[:5])
s = io.StringIO(); print(s.write("héllo"), s.tell(), s.getvalue(), s.seek(1), s.write("E"), s.getvalue(), s.truncate(3), s.getvalue())
s = io.StringIO("a\nb\n"); print([l for l in s], s.closed); s.close(); print(s.closed)
try:
    s.read()
except ValueError as e:
    print(e)
b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.read(), b.getvalue(), b.seek(0, 2), b.write(b"!"), b.getvalue(), b.getbuffer().tobytes()[:2])
b = io.BytesIO(); b.write(b"xyz"); b.seek(1); print(b.read1(1) if hasattr(b, "read1") else b.read(1), b.readable(), b.writable(), b.seekable())
with io.StringIO() as f:
    print("printed", 1, file=f); print(repr(f.getvalue()))
try:
    io.StringIO(b"x")
except TypeError as e:
    print(e)
try:
    io.BytesIO("x")
except TypeError as e:
    print(e)
s = io.StringIO("x"); s.seek(10); s.write("y"); print(repr(s.getvalue()))
