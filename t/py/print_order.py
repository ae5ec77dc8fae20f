import sys
for i in range(3):
    print("out", i)
    sys.stdout.flush()
    print("err", i, file=sys.stderr)
print("x" * 10000)
print("done")
