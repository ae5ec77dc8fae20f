def f(*a, **k): return a, k
print(f(1, 2, x=3))
args = (1, 2); kw = {"z": 1}
print(f(*args, **kw))
class M:
    def meth(self, *a, **k): return a, k
print(M().meth(1, k=2), M.meth(M(), 3))
print(callable(f), callable(1), callable(M), callable(M()), callable(print))
one, abc = 1, "abc"
try:
    one()
except TypeError as e:
    print("TypeError:", e)
try:
    abc(1)
except TypeError as e:
    print("TypeError:", e)
