import collections, collections.abc, array, types
def kind(x):
    match x:
        case {}: return "map"
        case []: return "empty seq"
        case [*_]: return "seq"
        case _: return "other"
class Seq(collections.abc.Sequence):
    __getitem__ = None
    def __len__(self): return 0
class SM(collections.abc.Sequence, collections.abc.Mapping): pass
class MS(collections.abc.Mapping, collections.abc.Sequence): pass
for v in ([], [1], (1, 2), range(3), "abc", b"ab", bytearray(b"x"), memoryview(b"ab"),
          array.array("b", b"ab"), collections.deque([1]), collections.UserList([1]),
          {}, {1: 2}, collections.OrderedDict(), collections.defaultdict(int),
          collections.UserDict(), types.MappingProxyType({}), Seq(), 5, None, {1}, frozenset()):
    print(type(v).__name__, kind(v))
print(kind.__name__, SM.__mro__[1].__name__)
for c in (SM, MS):
    try:
        print(c.__name__, kind(c.__new__(c)))
    except TypeError as e:
        print(c.__name__, "TypeError")
