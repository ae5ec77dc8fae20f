# enumerate and zip over generators and Python iterators (continuation-
# passing, no nested loop): results and errors as CPython.
def gen(n, fail=None):
    for i in range(n):
        if i == fail:
            raise ValueError("gen failed at %d" % i)
        yield i * 10

class It:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return chr(96 + self.i)

for i, x in enumerate(gen(3)):
    print("for", i, x)
print(list(enumerate(It(3), 5)), list(enumerate(gen(2), start=-1)))
print(list(zip(gen(3), It(5))), list(zip(It(2), gen(4), "xyz")), list(zip()))
for a, b in zip(gen(4), It(2)):
    print("zip", a, b)
print(dict(enumerate(gen(2))), sorted(zip(gen(3), It(3)), reverse=True))
print(list(map(lambda p: p[0] * 2, enumerate(It(2)))), sum(i for i, _ in enumerate(gen(4))))
e = enumerate(gen(3))
print(next(e), list(e), list(e))
try:
    list(enumerate(gen(5, fail=2)))
except ValueError as err:
    print("ValueError", err)
try:
    list(zip(gen(2), gen(5, fail=1)))
except ValueError as err:
    print("ValueError", err)
for z in [lambda: list(zip(gen(2), It(3), strict=True)), lambda: list(zip(gen(3), It(2), strict=True)),
          lambda: list(zip(gen(2), It(2), strict=True)), lambda: list(zip(It(1), gen(3), gen(1), strict=True))]:
    try:
        print(z())
    except ValueError as err:
        print("ValueError", err)
big = 10 ** 20
print(list(enumerate(gen(2), big)))
def consume_partial():
    g = gen(5)
    z = zip(g, It(2))
    out = list(z)
    return out, next(g)      # zip pulled one more item from g (as CPython)
print(consume_partial())
