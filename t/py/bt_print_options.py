import sys
print("a", "b", sep="-", end="!\n")
print()
print("x", end="")
print("y")
print(1, 2, 3, sep="")
print("no sep", sep=None, end=None)
print(*[1, 2], sep=", ")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
sys.stderr.flush()
try:
    print("x", sep=1)
except TypeError as e:
    print(e)
try:
    print("x", end=5)
except TypeError as e:
    print(e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); print("a", 1, file=w); print(w.parts)
print(None, [None], {"k": None})
