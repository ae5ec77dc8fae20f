import io
b = io.BytesIO()
print(b.write(b"hello"), b.write(bytearray(b" world")), b.tell(), b.getvalue())
b.seek(0)
print(b.read(5), b.read(), b.read(), b.seek(-5, 2), b.read(2), b.seek(1, 1), b.read())
b = io.BytesIO(b"l1\nl2\nl3")
print(b.readline(), b.readlines(), list(io.BytesIO(b"a\nb")), b.tell())
b.seek(0)
b.write(b"XY")
print(b.getvalue(), b.truncate(4), b.getvalue())
b.seek(8)
b.write(b"!")
print(b.getvalue())
with io.BytesIO(b"ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
for bad in [lambda: c.read(), lambda: io.BytesIO("s"), lambda: io.BytesIO().write("s"), lambda: io.BytesIO().seek(-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(io.BytesIO(b"mv").getbuffer().tobytes(), io.SEEK_END, io.DEFAULT_BUFFER_SIZE, type(io.BytesIO()).__name__)
with io.open("/tmp/pyvm_t_io_open.txt", "w") as f:
    f.write("via io.open")
with open("/tmp/pyvm_t_io_open.txt") as f:
    print(f.read(), isinstance(f, io.TextIOWrapper))
with open("/tmp/pyvm_t_io_open.txt", "rb") as f:
    print(isinstance(f, io.BufferedReader))
