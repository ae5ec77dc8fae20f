# pyvm-only: deep recursion through __getitem__ and __next__ needs no C stack
import sys
sys.setrecursionlimit(200000)
class Chain:
    def __init__(self, depth):
        self.depth = depth
    def __getitem__(self, k):
        return k if self.depth == 0 else Chain(self.depth - 1)[k + 1]
print(Chain(50000)[0])
class Nest:
    def __init__(self, d):
        self.d = d
        self.used = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.used:
            raise StopIteration
        self.used = True
        if self.d == 0:
            return 0
        for v in Nest(self.d - 1):
            return v + 1
print(next(iter(Nest(1))), sum(Nest(20000)))
def pingpong(n):
    if n == 0:
        yield 'bottom'
        return
    inner = pingpong(n - 1)
    yield next(inner)
print(next(pingpong(20000)))
class Call:
    def __call__(self, n):
        return 0 if n == 0 else self(n - 1) + 1
print(Call()(30000))
class N:
    def __init__(self, d): self.d = d
    def __add__(self, o):
        return o if self.d == 0 else N(self.d - 1) + (o + 1)
    def __lt__(self, o):
        return True if self.d == 0 else N(self.d - 1) < o
print(N(30000) + 0, N(30000) < 1)
