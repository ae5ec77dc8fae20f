import os
name = "bt_file_ops2_%d.tmp" % os.getpid()
try:
    with open(name, "w") as f:
        print(f.mode, f.closed, f.name == name, f.writable(), f.readable(), f.seekable())
        print(f.write("héllo\nworld\n"), f.writelines(["a\n", "b"]))
    print(f.closed)
    with open(name) as f:
        print(repr(f.read(3)), repr(f.readline()), f.readlines())
    with open(name, "rb") as f:
        data = f.read(); print(data, f.tell(), f.seek(1), f.read(2), f.seek(-1, 2), f.read())
    with open(name, "a") as f:
        f.write("\nappended")
    with open(name, "r+") as f:
        f.seek(0); f.write("H"); f.seek(0); print(repr(f.readline()))
        f.seek(0); print([l.rstrip("\n") for l in f])
    with open(name, "r+b") as f:
        f.truncate(5); f.seek(0); print(f.read())
    try:
        open(name, "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno == 17)
    with open(name, "w", newline="") as f:
        f.write("a\r\nb\rc\n")
    with open(name, newline=None) as f:
        print(repr(f.read()))
    with open(name, newline="") as f:
        print(f.readlines())
    f = open(name)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(e)
    for bad in [lambda: open(name, "rw"), lambda: open(name, "rb", encoding="utf-8"), lambda: open(name, "q")]:
        try:
            bad()
        except ValueError as e:
            print(e)
    with open(name, "wb") as f:
        f.write(bytearray(b"\x00\xff"))
    with open(name, "rb") as f:
        print(f.read(), f.read(), f.mode)
    with open(name, "w", encoding="latin-1") as f:
        f.write("é")
    with open(name, "rb") as f:
        print(f.read())
finally:
    os.remove(name)
print(os.path.exists(name))
try:
    open("/nonexistent/dir/file")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e)
