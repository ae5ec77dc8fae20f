# Classes with a Python __init__ called from map & co. (the loop runs the
# __init__ frame for the continuation): results and errors as CPython.
class P:
    def __init__(self, v, w=0):
        self.v = v + w
    def __repr__(self): return "P(%r)" % self.v
class Q(P):
    pass
class R:
    def __init__(self, v):
        return 5
class S:
    def __new__(cls, v):
        return 42
    def __init__(self, v):
        print("not called")
print(list(map(P, [1, 2])), list(map(Q, [3], [4])), sorted([3, 1], key=P.__init__.__class__ and (lambda v: -v)))
print(list(map(lambda x: P(x), [7])), list(map(S, [1])))
try:
    list(map(R, [1]))
except TypeError as e:
    print("TypeError", e)
try:
    list(map(P, [1], [2], [3]))
except TypeError as e:
    print("TypeError", e)
import sys
c = getattr(sys, "preemption_count", lambda: 0)
c0 = c()
l = list(map(P, range(3)))
print(l, c() - c0 if hasattr(sys, "preemption_count") else 0)
