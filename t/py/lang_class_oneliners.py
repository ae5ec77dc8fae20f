import sys
sys.stderr = sys.stdout
snippets = r'''
class A:\n    x: int = 1\n    def __init_subclass__(cls, **kw): print("sub", cls.__name__, kw)\nclass B(A, k=2): pass
class M(type):\n    def __prepare__(name, bases, **kw): print("prepare", name, kw); return {"injected": 1}\nclass C(metaclass=M, z=1): pass\nprint(C.injected)
class D:\n    def __getitem__(self, k): return k\nprint(D()[1:2, ..., None])
class E:\n    __slots__ = ()\nprint(E.__slots__, hasattr(E(), "__dict__"))
class F:\n    def __eq__(s, o): return True\n    __hash__ = object.__hash__\nprint({F()} and 1)
class G:\n    def __bool__(s): raise ValueError("nobool")\nif G(): pass
class H:\n    def __iter__(s): yield from (1, 2)\nx, y = H(); print(x, y)
class I:\n    def __index__(s): return 2\nprint([0, 1, 2][I()], bin(I()), "ab" * I(), range(I()))
class J:\n    def __len__(s): return 2\n    def __getitem__(s, i):\n        if i < 2: return i\n        raise IndexError\nprint(list(reversed(J())))
class K:\n    def __init__(s): s.__dict__["a"] = 1\nk = K(); k.__dict__ = {"b": 2}; print(vars(k))
class L:\n    pass\nl = L(); l.__class__ = type("L2", (), {}); print(type(l).__name__)
class N:\n    def __repr__(s): return "N"\nprint([N()], (N(),), {N(): N()} if False else "", f"{N()!r}")
class O(Exception):\n    pass\ntry:\n    raise O\nexcept O as e:\n    print(type(e).__name__, e.args)
class P:\n    def __enter__(s): return 1\n    def __exit__(s, *a): return 0\nwith P() as (v): print(v)
def f(): return __name__\nprint(f(), f.__module__)
import sys\nprint(sys.version_info[:2] >= (3, 11), sys.maxsize == 2**63 - 1, sys.byteorder)
class Q:\n    a = [1]\n    b = [x for x in a]\nprint(Q.b)
class R:\n    @property\n    def p(s): return 1\nr = R()\ntry: r.p = 2\nexcept AttributeError as e: print(e)
class S:\n    def m(s): pass\nprint(S.m == S.m, S().m == S().m, S.m is S.m)
'''
for s in snippets.strip().split("\n"):
    try:
        exec(s.replace("\\n", "\n"), {"__name__": "probe"})
    except BaseException as e:
        print(s[:30], "=>", type(e).__name__ + ":", e)
