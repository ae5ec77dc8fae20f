class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v, tb is not None)
        return self.swallow

with CM('a') as x:
    print('body', x)
with CM('b', True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
with CM('d') as d1, CM('e') as e1:
    print(d1, e1)
def ret():
    with CM('f'):
        return 'returned'
print(ret())
for i in range(3):
    with CM(str(i)):
        if i == 1:
            continue
        if i == 2:
            break
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
