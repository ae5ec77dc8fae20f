P = "/tmp/pyvm_t_file_rw.txt"
f = open(P, "w")
print(type(f).__name__, f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable(), f.encoding)
print(f.write("line one\n"), f.write("línea dos 😀\n"), f.write(""))
f.writelines(["three\n", "four"])
f.close()
print(f.closed, repr(f)[:20])
f.close()
with open(P) as f:
    print(repr(f.read()))
with open(P, "r", encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(P) as f:
    print(f.readlines())
with open(P) as f:
    for line in f:
        print(repr(line))
with open(P) as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.readline(3)), f.readlines(1))
with open(P, "a") as f:
    print(f.write("\nappended"), f.mode)
with open(P) as f:
    print(f.read().splitlines()[-1])
with open(P, "r+") as f:
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()), f.tell())
try:
    with open(P, "x") as f:
        pass
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename, e)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(P, "w") as f:
    f.write("abc")
    print(f.tell())
    f.seek(0)
    f.write("X")
with open(P) as f:
    print(f.read(), f.tell(), f.read(), f.seek(1), f.read(1), f.seek(0, 2))
with open(P, "w+") as f:
    f.write("hello world")
    f.seek(0)
    print(f.read(5))
    f.truncate(8)
    f.seek(0)
    print(repr(f.read()))
