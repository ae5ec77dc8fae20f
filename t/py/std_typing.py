import typing
from typing import (Generic, TypeVar, Optional, Union, Protocol, NamedTuple, TypedDict,
                    get_type_hints, cast, overload, List, Dict, Tuple, Callable, Any, Literal,
                    Final, ClassVar, get_origin, get_args, runtime_checkable, Iterable, Sequence)

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', str, bytes)
print(T, K.__bound__, S.__constraints__, T.__name__)

class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
b = Box[int](3)
print(b.get(), Box[int], Box.__parameters__, Box[str].__origin__ is Box, Box[int].__args__)
print(Optional[int], Union[int, str], Union[int, None], Union[int, int], Union[int, Union[str, float]])
print(Optional[int] == Union[int, None], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool])
print(Callable[..., int], Any, Literal[1, 'a'], Final[int], ClassVar[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]))
print(get_origin(int | str), get_args(int | None), int | str)
print(list[int], dict[str, int], tuple[int, ...], type[int])

class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Pt(3, -4)
print(p, p.norm(), Pt(1), Pt._fields, Pt.__annotations__, Pt._field_defaults)
E = NamedTuple('E', [('a', int), ('b', str)])
print(E(1, 'x'))

class Movie(TypedDict):
    name: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m: Movie = {'name': 'x', 'year': 1}
print(m, Movie.__required_keys__ == frozenset({'name', 'year'}), sorted(Movie2.__optional_keys__), Movie2.__total__)
TD = TypedDict('TD', {'a': int})
print(TD(a=1), TD.__annotations__)

def f(a: int, b: 'str' = 'x', *args: float, c: Optional[List[int]] = None, **kw: Any) -> bool:
    return True
print(get_type_hints(f))
class A:
    x: int
    y: 'A'
    z: ClassVar[int] = 3
print(get_type_hints(A))
print(cast(int, 'x'), cast('List[int]', 5))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1), g('a'))
try:
    g.__wrapped__
except AttributeError:
    print("no wrapped")
print([o.__name__ for o in typing.get_overloads(g)])

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class P2(Protocol):
    x: int
try:
    isinstance(F(), P2)
except TypeError as e:
    print("TypeError", e)
class Impl(Closer):
    pass
print(Impl.close.__qualname__)
try:
    Closer()
except TypeError as e:
    print(e)

def h(x: Iterable[int]) -> Sequence[str]: ...
print(h.__annotations__)
print(typing.TYPE_CHECKING, typing.NoReturn, typing.Never if hasattr(typing, 'Never') else '')
print(typing.Annotated[int, 'meta'], get_args(typing.Annotated[int, 'm']))
print(get_type_hints(typing.Annotated, include_extras=True) if False else '')
class Node(Generic[K]):
    pass
try:
    Node[int, int]
except TypeError as e:
    print(e)
print(typing.NewType('UserId', int)(5), typing.NewType('UserId', int))
print(repr(typing.Self), typing.LiteralString)
P = typing.ParamSpec('P')
print(P, P.args, Callable[P, int])
Ts = typing.TypeVarTuple('Ts')
print(Ts, typing.Unpack[Ts])
print(typing.assert_type(3, int), typing.reveal_type.__name__)
@typing.final
class Fin: pass
print(Fin.__final__)
print(typing.Text, typing.AnyStr, typing.SupportsInt, isinstance(3, typing.SupportsInt))
