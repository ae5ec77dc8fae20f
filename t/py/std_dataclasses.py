import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, InitVar, KW_ONLY, fields, is_dataclass, make_dataclass
from typing import List, ClassVar

@dataclass
class P:
    x: int
    y: int = 0
    tags: List[str] = field(default_factory=list)
    cv: ClassVar[int] = 7
p = P(1)
print(p, p == P(1, 0, []), p != P(2), P.cv)
print(asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(p)], is_dataclass(p), is_dataclass(P))
print(P.__init__.__qualname__, P.__match_args__, P.__dataclass_fields__['x'].type)
try:
    hash(p)
except TypeError as e:
    print(e)

@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'z'
f1, f2 = F(1), F(1, 'a')
print(f1 < F(2), f2 < f1, sorted([F(3), F(1), F(2)]), hash(f1) == hash(F(1)))
try:
    f1.a = 5
except dataclasses.FrozenInstanceError as e:
    print("Frozen", e)
try:
    del f1.a
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)

@dataclass
class PI:
    a: int
    scale: InitVar[int] = 1
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
print(PI(2, 3), PI(2))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW(0, b=3))
try:
    KW(1, 2)
except TypeError as e:
    print(e)

@dataclass(kw_only=True)
class K2:
    x: int
print(K2(x=1))

@dataclass
class Inner:
    v: int
@dataclass
class Outer:
    i: Inner
    l: list
    d: dict
o = Outer(Inner(1), [Inner(2)], {'k': Inner(3)})
print(asdict(o), astuple(o))

@dataclass(repr=False, eq=False)
class NoRepr:
    a: int
print(NoRepr(1) == NoRepr(1), NoRepr.__repr__ is object.__repr__)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)

C = make_dataclass('C', [('x', int), ('y', int, field(default=5))], namespace={'add': lambda self: self.x + self.y})
print(C(1), C(1).add())
@dataclass
class Child(P):
    z: int = 9
print(Child(1, 2, ['t'], 3))
print(field(default=1).default)
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: int = field(hash=False, compare=False, repr=False)
print(UH(1, 2), hash(UH(1, 2)) == hash(UH(1, 3)), UH(1, 2) == UH(1, 3))
print(type(dataclasses.MISSING).__name__)
