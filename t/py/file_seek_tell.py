P = "/tmp/pyvm_t_file_seek.bin"
with open(P, "wb") as f:
    f.write(bytes(range(256)))
with open(P, "rb") as f:
    print(f.tell(), f.read(10)[-1], f.tell(), f.seek(100), f.read(1), f.seek(-1, 2), f.read(), f.tell(), f.seek(5, 0), f.seek(5, 1), f.read(1), f.seekable())
    f.seek(0)
    print(f.read(300) == bytes(range(256)), f.read(5), f.tell())
with open(P, "r+b") as f:
    f.seek(10)
    f.write(b"XYZ")
    print(f.tell())
    f.seek(8)
    print(f.read(7))
    f.seek(0, 2)
    f.write(b"END")
    print(f.tell())
with open(P, "rb") as f:
    d = f.read()
    print(len(d), d[-5:], d[10:13])
with open(P, "w") as f:
    f.write("héllo\nwörld\n")
    print(f.tell())
with open(P) as f:
    f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(pos, repr(rest), f.read() == rest, f.seek(0, 2), repr(f.read()))
with open(P, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(3)))
    f.write("appended")
with open(P) as f:
    print(repr(f.read()))
