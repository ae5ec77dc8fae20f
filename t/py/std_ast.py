import ast
src = '''
"""Module doc."""
import os, sys as s
from . import x
from ..pkg.mod import (a as b, c)
@deco(1)
class C(Base, metaclass=M):
    """Class doc."""
    __slots__ = 'a',
    x: int = 5
    def m(self, a, /, b=2, *args, c, d=4, **kw) -> None:
        global g
        nonlocal_ = lambda q, *r: q
        return (yield from gen())
async def f():
    async with a as b, c:
        await x
    async for i in y:
        pass
    return [i async for i in z]
def g():
    for i in range(10):
        if i % 2 == 0 and i or not i:
            continue
        elif i > 5:
            break
        else:
            pass
    else:
        del x[0], y.z
    while x < 3 <= y:
        x += 1
    try:
        raise ValueError("v") from None
    except (TypeError, ValueError) as e:
        pass
    finally:
        assert x, "msg"
    try:
        pass
    except* KeyError:
        pass
    with open(f) as fh:
        print(f"{fh!r:>{w}} and {x=}", *a, **k)
    match cmd:
        case [1, 2, *rest] if rest:
            pass
        case {"k": v, **other}:
            pass
        case Point(x=0, y=yy) | None:
            pass
        case str() as s2:
            pass
        case _:
            pass
    return {k: v for k, v in d.items() if v}, {s for s in t}, (g for g in h), [l for l in m for n in l]
x = a if b else c
y = a[1:2, ::3], b[...], -x, ~y, +z, x @ y, x // y ** -z
(z := 10)
t = 1, 2.5, 3j, 'str', b'bytes', None, True, ...
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=1))
print(ast.dump(ast.parse("a.b(c, *d, e=f, **g)"), include_attributes=True))
print(ast.get_docstring(tree), ast.get_docstring(tree.body[4]))
print(ast.unparse(tree))
print(ast.literal_eval("{'a': [1, 2.5, -3, (4, 5j)], 'b': {1, 2}, 'c': None, 'd': b'x', 'e': 1 + 2j}"))
for bad in ["f(x)", "a + b", "[x for x in y]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(" at ")[0])
class V(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
v = V(); v.visit(ast.parse("a = b + c(d)")); print(v.names)
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
t2 = ast.fix_missing_locations(T().visit(ast.parse("x = 1 + 2\nprint(x, 'k')")))
print(ast.unparse(t2)); exec(compile(t2, "<t>", "exec"))
print(eval(compile(ast.Expression(body=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))), "<e>", "eval")) if False else 42)
e = ast.parse("6 * 7", mode="eval"); print(type(e).__name__, eval(compile(e, "<e>", "eval")))
print(sorted({type(n).__name__ for n in ast.walk(ast.parse("def f(a): return a + 1"))}))
s3 = "x = foo(bar,\n  baz)"; node = ast.parse(s3).body[0].value; print(repr(ast.get_source_segment(s3, node)))
n = ast.parse("a\nb"); ast.increment_lineno(n, 5); print([x.lineno for x in n.body])
print(ast.dump(ast.parse("x", mode="single")), ast.dump(ast.parse("1+1", mode="eval")))
try:
    ast.parse("def f(:\n pass")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
print(ast.Name.__match_args__, ast.Name._fields, ast.expr._attributes, issubclass(ast.Name, ast.expr), ast.Add.__mro__[1].__name__)
nm = ast.Name('x', ast.Load()); print(nm.id, ast.dump(nm))
print(repr(ast.Constant(value=1).kind), ast.unparse(ast.parse("f'{a!r}' + 'q'")))
print(ast.dump(ast.parse("class A:\n  def __p(self, __q): return self.__r + __s")))
