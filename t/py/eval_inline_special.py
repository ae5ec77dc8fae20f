# Python-level __getitem__, __next__ and __exit__ run inline in the loop
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
s = Squares()
print(s[3], list(s), [x for x in s if x % 2])
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
total = 0
for v in Count(4):
    for w in Count(v):
        total += w
print(total)
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError('broken iterator')
try:
    for _ in Bad():
        pass
except ValueError as e:
    print('error from __next__:', e)
class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit got', t.__name__ if t else None)
        return t is KeyError
with Quiet():
    raise KeyError('suppressed')
try:
    with Quiet():
        raise IndexError('kept')
except IndexError as e:
    print('kept', e)
class Chain:
    def __init__(self, depth):
        self.depth = depth
    def __getitem__(self, k):
        return k if self.depth == 0 else Chain(self.depth - 1)[k + 1]
print(Chain(300)[0])
class Stop:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration('with value')
        self.done = True
        return 'once'
print(list(Stop()), [x for x in Stop()])
class Iterable:
    def __iter__(self):
        return iter([7, 8])
print(list(Iterable()), [v for v in Iterable()], *Iterable())
for v in Iterable():
    print('for', v)
class BadIter:
    def __iter__(self):
        return 5
try:
    for v in BadIter():
        pass
except TypeError as e:
    print(e)
class EnterFails:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit must not run')
try:
    with EnterFails():
        print('body must not run')
except RuntimeError as e:
    print(e)
class Res:
    def __enter__(self):
        return 'resource'
    def __exit__(self, *a):
        print('exit', a[0])
with Res() as r:
    with Res() as r2:
        print(r, r2)
def gen_with():
    with Res() as r:
        yield r
print(list(gen_with()))
