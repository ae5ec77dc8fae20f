class K:
    v = 'class'
    def __init__(self):
        self.v = 'inst'
    def m(self):
        return self.v
    @staticmethod
    def s(x):
        return ('static', x)
    @classmethod
    def c(cls, x):
        return (cls.__name__, x)
    @property
    def p(self):
        return 'prop ' + self.v
k = K()
print(k.m(), K.m(k), k.s(1), K.s(2), k.c(3), K.c(4), k.p)
bound = k.m
print(bound(), bound.__self__ is k)
k.m = lambda: 'instance attr'
print(k.m())
class Sub(K):
    def m(self):
        return 'sub ' + super().m()
print(Sub().m(), Sub.c(0))
def free(self):
    return 'free ' + self.v
K.free = free
print(k.free())
print(len([1, 2]), 'a,b'.split(','), [3, 1, 2].index(2), {'a': 1}.get('a'))
class CallMe:
    def __call__(self, *a, **kw):
        return ('called', a, kw)
print(CallMe()(1, x=2))
methods = [str.upper, str.lower]
print([m('aB') for m in methods])
