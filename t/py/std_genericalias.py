import types, typing, pickle, copy, collections.abc as cabc
from typing import TypeVar, TypeVarTuple, ParamSpec, Callable, Tuple, List, Generic
T = TypeVar('T'); K = TypeVar('K'); Ts = TypeVarTuple('Ts'); P = ParamSpec('P')
print(list[int], dict[str, list[int]], tuple[int, ...], list[T].__parameters__, dict[K, list[T]].__parameters__)
print(dict[K, list[T]][str, int], list[T][int], tuple[T, ...][str], type(list[int]), types.GenericAlias)
for f in [lambda: list[int][int], lambda: dict[K, T][int], lambda: dict[K, T][int, str, float]]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print([*tuple[int]], (*tuple[int, str],)[0].__typing_unpacked_tuple_args__, list[int].__unpacked__)
print(tuple[*Ts][int, str], tuple[T, *Ts][int], tuple[T, *Ts][int, str, bytes], Tuple[*Ts][int])
print(list[int] | None, None | list[int], int | list[T], (int | list[T])[str], type(list[int] | str))
print((int | list[T]).__parameters__, (int | str).__parameters__)
print(list[int].__origin__, list[int].__args__, list[int].__module__, list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]))
print(pickle.loads(pickle.dumps(list[int])), copy.copy(dict[str, int]), pickle.loads(pickle.dumps(list[T])) == list[T])
print(list[int]([1, 2]), dict[str, int](a=1))
c = cabc.Callable[[int], str]
print(c, c == cabc.Callable[[int], str], cabc.Callable[[T], int][str], cabc.Callable[P, T].__parameters__, c | None)
class G(Generic[T]):
    pass
print(type(G[int]()).__name__, G[int]().__orig_class__ if hasattr(G[int](), '__orig_class__') else None)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(list[int].__mro_entries__((list[int],)), issubclass(list, list[int].__origin__))
class L(list[int]):
    pass
print(L.__mro__, L.__orig_bases__)
