from collections import abc
import collections
types_ = [abc.Iterable, abc.Iterator, abc.Generator, abc.Sized, abc.Container, abc.Collection,
          abc.Hashable, abc.Callable, abc.Sequence, abc.MutableSequence, abc.Set, abc.MutableSet,
          abc.Mapping, abc.MutableMapping, abc.MappingView, abc.KeysView, abc.ItemsView,
          abc.ValuesView, abc.Reversible, abc.ByteString, abc.Awaitable, abc.Coroutine,
          abc.AsyncIterable, abc.AsyncIterator, abc.AsyncGenerator, abc.Buffer if hasattr(abc, 'Buffer') else abc.Sized]
def gen():
    yield 1
async def co():
    pass
async def agen():
    yield 1
c = co()
objs = [1, 1.5, 'str', b'b', bytearray(b'x'), [1], (1,), {1: 2}, {1}, frozenset(), range(3),
        iter([1]), gen(), len, lambda: 0, {}.keys(), {}.items(), {}.values(), memoryview(b''),
        None, c, agen(), collections.deque(), collections.OrderedDict(), type, object()]
for o in objs:
    print(type(o).__name__, ''.join('1' if isinstance(o, t) else '0' for t in types_))
c.close()
for t in [list, tuple, dict, set, str, bytes, int, type(None)]:
    print(t.__name__, ''.join('1' if issubclass(t, t2) else '0' for t2 in types_))

class MySeq(abc.Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError
        return i * 10
s = MySeq(4)
print(list(s), s.index(20), s.count(10), 30 in s, list(reversed(s)))
class MyMap(abc.Mapping):
    def __init__(self): self.d = {'a': 1, 'b': 2}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap()
print(m.get('a'), m.get('z'), list(m.keys()), list(m.items()), list(m.values()), 'a' in m, m == {'a': 1, 'b': 2})
class MySet(abc.MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MySet([1, 2, 3])
print(list(ms | {4}), list(ms & {1, 2}), list(ms - {1}), ms <= {1, 2, 3, 4}, ms.isdisjoint({9}))
ms |= {7}; print(list(ms))
try:
    abc.Sequence()
except TypeError as e:
    print(e)
class Incomplete(abc.Mapping):
    def __getitem__(self, k): pass
try:
    Incomplete()
except TypeError as e:
    print(e)
class H:
    __hash__ = None
print(isinstance(H(), abc.Hashable))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), issubclass(It, abc.Iterable))
abc.Sequence.register(It)
print(issubclass(It, abc.Sequence))
print(abc.Callable[[int], str], abc.Mapping[str, int], list[int])
