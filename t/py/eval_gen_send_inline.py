import sys
def g():
    x = yield 1
    while x:
        x = yield x * 2
    return 'end'
it = g()
print(next(it), it.send(3), it.send(4))
try:
    it.send(0)
except StopIteration as e:
    print('stop', e.value)
try:
    next(it)
except StopIteration as e:
    print('again', e.value)
try:
    g().send(5)
except TypeError as e:
    print(e)
def pingpong(n):
    if n == 0:
        yield 'bottom'
        return
    inner = pingpong(n - 1)
    yield next(inner)
sys.setrecursionlimit(50000)
print(next(pingpong(300)))
def me():
    yield next(self_ref)
self_ref = me()
try:
    next(self_ref)
except ValueError as e:
    print(e)
print(next(iter([5])), next(x for x in [6]))
