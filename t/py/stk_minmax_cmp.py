# min/max comparing objects with Python __lt__/__gt__ (comparison plans run
# as continuation requests): results and errors as CPython.
class P:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return "P(%d)" % s.v
class G:
    def __init__(s, v): s.v = v
    def __gt__(s, o): return s.v > o.v
    def __repr__(s): return "G(%d)" % s.v
class N:
    def __lt__(s, o): return NotImplemented
class T:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
    def __gt__(s, o): return s.v > o.v
    def __repr__(s): return "T(%d)" % s.v
class Truthy:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return [1] if s.v < o.v else []
    def __repr__(s): return "Y(%d)" % s.v
ps = [P(3), P(1), P(2)]
print(min(ps), max(ps), min(G(2), G(5)), max(G(2), G(5)), min(T(4), T(2)), max([T(1), T(9)]))
print(min(ps, key=lambda p: p), max(ps, key=lambda p: P(-p.v)), min([Truthy(3), Truthy(1)]), max([Truthy(3), Truthy(1)]))
print(min([P(1), P(1)]) is not None, max(map(P, [5, 7, 6])))
for f in [lambda: min(N(), N()), lambda: max([P(1), 2]), lambda: min([1, P(2)])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __lt__(s, o): raise KeyError("lt")
try:
    min(Bad(), Bad())
except KeyError as e:
    print("KeyError", e)
