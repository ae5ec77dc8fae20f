import inspect, functools, sys

def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f.

        indented more
    """
    return 'x'
sig = inspect.signature(f)
print(sig, sig.return_annotation, list(sig.parameters))
for n, p in sig.parameters.items():
    print(n, p.kind, p.default is inspect.Parameter.empty, p.annotation, str(p))
print(sig.bind(1, c=3).arguments, sig.bind_partial(1).arguments)
ba = sig.bind(1, 2, 3, c=5, z=6); ba.apply_defaults(); print(ba.args, ba.kwargs)
try:
    sig.bind()
except TypeError as e:
    print(e)
def pos(a, /, b, *, c): pass
print(inspect.signature(pos), inspect.signature(lambda x, y=1: 0))
class K:
    def __init__(self, x, y=1): pass
    def m(self, z): pass
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r): pass
print(inspect.signature(K), inspect.signature(K().m), inspect.signature(K.m), inspect.signature(K.cm), inspect.signature(K.sm))
print(inspect.signature(functools.partial(f, 1, c=2)))
P = inspect.Parameter
s2 = inspect.Signature([P('x', P.POSITIONAL_ONLY), P('y', P.KEYWORD_ONLY, default=3)])
print(s2, s2.replace(return_annotation=int))
print(inspect.getfullargspec(f))
print(inspect.getdoc(f))
print(repr(inspect.cleandoc("""  first
      second
        third
""")))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.isclass(K), inspect.ismethod(K().m), inspect.ismethod(K.m))
def gen(): yield 1
async def co(): pass
print(inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.ismodule(sys), inspect.isroutine(len), inspect.isabstract(K))
c = co(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print(inspect.getmro(bool), inspect.isdatadescriptor(property()), inspect.ismethoddescriptor(str.join))
print([n for n, v in inspect.getmembers(K) if not n.startswith('__')])
print([n for n, v in inspect.getmembers(K(), inspect.ismethod)])
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def wrapped(x, y): pass
print(inspect.unwrap(wrapped).__name__, inspect.signature(wrapped))
fr = inspect.currentframe()
print(fr.f_code.co_name, fr.f_lineno, inspect.getframeinfo(fr).function)
def inner():
    st = inspect.stack()
    return [(x.function, x.lineno) for x in st[:2]], st[0].filename.endswith('.py')
print(inner())
print(inspect.getmodule(f).__name__, inspect.getsourcefile(f).endswith('std_inspect.py'))
print(inspect.getsource(pos))
print(inspect.getsourcelines(pos)[1])
print(inspect.getattr_static(K, 'cm'), inspect.getattr_static(K(), 'sm'))
print(inspect.Parameter.VAR_POSITIONAL, int(inspect.Parameter.KEYWORD_ONLY))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]))
print(inspect.getcallargs(f, 1, c=3))
gi = gen(); print(inspect.getgeneratorstate(gi)); next(gi); print(inspect.getgeneratorstate(gi))
print(inspect.isasyncgenfunction(co), inspect.istraceback(None), inspect.isframe(fr), inspect.iscode(f.__code__))
print(inspect.getclosurevars(f).globals.keys() == set() or True)
class WithSig:
    __signature__ = inspect.Signature([P('only', P.POSITIONAL_OR_KEYWORD)])
print(inspect.signature(WithSig))
print(inspect.signature(int.__add__) if True else '')
print(inspect.signature(sorted))
print(inspect.signature(dict.get))
