# inspect and types built on code objects (co_flags, co_varnames, counts).
import inspect, types


def plain(a, b=2):
    return a


def params(p1, p2=0, /, a=1, *args, k1, k2=2, **kw) -> int:
    pass


def annotated(x: int, *, y: 'str' = 'q') -> list:
    pass


def gen():
    yield 1


async def coro():
    return 1


async def agen():
    yield 1


class C:
    def meth(self, x, *, y=0):
        pass

    @classmethod
    def cm(cls, a):
        pass

    @staticmethod
    def sm(a, b):
        pass


for f in [plain, params, annotated, gen, coro, agen, C.meth, C().meth, C.cm, C.sm,
          lambda *a, **k: 0]:
    print(getattr(f, '__name__', f), inspect.signature(f))
    print('  ', inspect.isfunction(f), inspect.isgeneratorfunction(f),
          inspect.iscoroutinefunction(f), inspect.isasyncgenfunction(f))

print(inspect.getfullargspec(params))
print(inspect.getfullargspec(C.meth))
sig = inspect.signature(params)
for p in sig.parameters.values():
    print(' ', p.name, p.kind, p.default)
print(sig.bind(1, 2, 3, 4, 5, k1=6, z=7).arguments)
print(inspect.getcallargs(plain, 5))

g = gen()
print(inspect.getgeneratorstate(g), next(g), inspect.getgeneratorstate(g))


@types.coroutine
def legacy():
    v = yield 'suspended'
    return v * 2


print(hex(legacy.__code__.co_flags), inspect.isawaitable(legacy()))


async def user():
    return await legacy()

c = user()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print('result', e.value)

x = 10
def closure_user():
    return x + len('a')
print(inspect.getclosurevars(closure_user))
