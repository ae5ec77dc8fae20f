P = "/tmp/pyvm_t_file_bin.dat"
with open(P, "wb") as f:
    print(type(f).__name__, f.mode, f.write(b"\x00\x01binary\xff\n"), f.write(bytearray(b"second\n")), f.write(memoryview(b"third")))
    try:
        f.write("str")
    except TypeError as e:
        print("TypeError:", e)
with open(P, "rb") as f:
    print(type(f).__name__, f.mode, f.read(3), f.readline(), f.tell(), f.readlines(), f.read(), f.seek(-5, 2), f.read(2), f.seek(1, 1), f.read())
with open(P, "rb") as f:
    print(list(f))
with open(P, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.seek(2)
    f.write(b"BI")
    f.seek(0)
    print(f.read(8))
with open(P, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(4))
with open(P, "ab") as f:
    f.write(b"!")
with open(P, "rb") as f:
    data = f.read()
    print(len(data), data[-3:])
    ba = bytearray(4)
    f.seek(0)
    print(f.readinto(ba), ba)
with open(P, "w", encoding="latin-1") as f:
    f.write("é")
with open(P, "rb") as f:
    print(f.read())
with open(P, encoding="latin-1") as f:
    print(f.read())
with open(P, "w") as f:
    f.write("é😀")
with open(P, "rb") as f:
    print(f.read())
with open(P, "wb") as f:
    f.write(b"ok\xffbad")
try:
    with open(P) as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
with open(P, errors="replace") as f:
    print(f.read())
with open(P, errors="surrogateescape") as f:
    print(ascii(f.read()))
