import cpylib
import dataclasses, inspect, pprint, ast
from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1, 2); q = P(1, 3, ['a'])
print(p, q, p < q, p == P(1, 2), asdict(q), astuple(p), replace(p, y=5), [f.name for f in fields(P)])
@dataclass(frozen=True)
class F:
    a: str
try:
    F('x').a = 'y'
except dataclasses.FrozenInstanceError as e:
    print('FrozenInstanceError', e)
print(hash(F('x')) == hash(F('x')), F('q'))
def f(a, b=2, *c, d, e=5, **k): pass
print(inspect.signature(f), list(inspect.signature(f).parameters), inspect.isfunction(f), inspect.isclass(P))
pprint.pprint({'k%d' % i: list(range(i)) for i in range(8)})
print(ast.Name('x').id, ast.dump(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
