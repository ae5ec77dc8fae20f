# pyvm-only: operators with Python dunders, key functions, map/filter and
# builtins draining Python iterators run without nesting the interpreter
# loop: sys.preemption_count() does not move (the .exp is all zeros).
import sys
count = getattr(sys, "preemption_count", lambda: 0)

def measure(name, f):
    c0 = count()
    r = f()
    print(name, count() - c0, r)

def gen(n):
    for i in range(n):
        yield i

class It:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __iadd__(self, o):
        self.v += o.v if isinstance(o, V) else o
        return self
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return V(self.v - o)
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __hash__(self): return hash(self.v)
class W(V):
    def __radd__(self, o): return W(-1)
    def __gt__(self, o): return True

def inplace():
    x = V(1)
    for i in range(3):
        x += i
        x += V(1)
        x -= 1
    return x.v
measure("iadd", inplace)
def glob_iadd():
    global gx
    gx = V(0)
    gx += 5
    return gx.v
measure("iadd global", glob_iadd)
measure("radd", lambda: (3 + V(4)).v)
measure("subclass radd", lambda: (V(1) + W(2)).v)
measure("ne via eq", lambda: (V(1) != V(1), V(1) != V(2)))
measure("reflected lt", lambda: V(1) < W(2))
measure("map", lambda: list(map(lambda x: x + 1, range(5))))
measure("map gen", lambda: list(map(lambda x: x * 2, gen(4))))
measure("map multi", lambda: list(map(lambda a, b: a * b, gen(3), It(3))))
def for_map():
    out = []
    for x in map(lambda x: -x, It(3)):
        out.append(x)
    return out
measure("for map", for_map)
measure("filter", lambda: list(filter(lambda x: x % 2, gen(6))))
measure("genexp over map", lambda: [y for y in (x for x in map(lambda v: v + 1, gen(3)))])
measure("sorted key", lambda: sorted([3, 1, 2], key=lambda x: -x))
measure("sorted gen", lambda: sorted(gen(4), reverse=True))
def list_sort():
    l = [1, 2, 3]
    l.sort(key=lambda x: -x)
    return l
measure("list.sort key", list_sort)
measure("min key", lambda: min([3, 1, 2], key=lambda x: -x))
measure("max key gen", lambda: max(gen(5), key=lambda x: x % 3))
measure("sum gen", lambda: sum(x * x for x in range(5)))
measure("sum It", lambda: sum(It(4)))
measure("list gen", lambda: list(gen(3)))
measure("tuple It", lambda: tuple(It(3)))
measure("dict gen", lambda: dict((x, x) for x in range(3)))
measure("set gen", lambda: sorted(set(x % 2 for x in range(5))))
measure("join gen", lambda: "-".join(str(x) for x in range(4)))
measure("any/all", lambda: (any(x > 2 for x in gen(5)), all(x < 9 for x in It(3))))
measure("nested", lambda: sorted(map(lambda x: -x, filter(lambda x: x, gen(4))), key=lambda x: x))
kv = V(7)
def dict_keys():
    d = {}
    d[kv] = 1          # __hash__ runs as a frame; same key: no __eq__
    return (d[kv], kv in d, kv not in d)
measure("dict instance key", dict_keys)
def for_enum():
    out = []
    for i, x in enumerate(gen(3)):
        out.append((i, x))
    for a, b in zip(gen(2), It(2)):
        out.append(a + b)
    return out
measure("enumerate/zip", for_enum)
measure("list(enumerate)", lambda: list(enumerate(It(2))))
def f_star(*a):
    return a
measure("star args", lambda: ([*gen(2)], f_star(*gen(3)), [*It(2)]))
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
measure("min/max objects", lambda: (min([Ord(3), Ord(1), Ord(2)]).v, max([Ord(1), Ord(4)], key=lambda o: o).v))
