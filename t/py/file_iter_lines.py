P = "/tmp/pyvm_t_file_iter.txt"
with open(P, "w") as f:
    for i in range(5):
        f.write("row %d %s\n" % (i, "ü" * i))
    f.write("last-no-newline")
with open(P) as f:
    for n, line in enumerate(f):
        print(n, repr(line))
with open(P) as f:
    print(next(f), f.readline(), list(f)[:2], f.read(), f.readline())
with open(P) as f:
    it = iter(f)
    print(it is f, type(it).__name__)
with open(P, "rb") as f:
    print([len(l) for l in f])
print([l.rstrip("\n") for l in open(P)][-2:])
with open(P) as f:
    print(f.readlines(10), f.readlines(0)[:1])
