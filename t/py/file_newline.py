P = "/tmp/pyvm_t_file_nl.txt"
with open(P, "wb") as f:
    f.write(b"a\nb\r\nc\rd\r\n\re")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(P, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(P, "w", newline=nl) as f:
        f.write("x\ny\r\nz")
    with open(P, "rb") as f:
        print(repr(nl), f.read())
big = "".join("line %d %s\n" % (i, "é" * (i % 7)) for i in range(3000))
with open(P, "w") as f:
    f.write(big)
with open(P) as f:
    lines = f.readlines()
print(len(lines), lines[2999], sum(len(l) for l in lines) == len(big))
with open(P) as f:
    n = 0
    while True:
        c = f.read(1000)
        if not c:
            break
        n += len(c)
print(n == len(big))
