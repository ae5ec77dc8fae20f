class A:
    def f(self): return 1
class B(A): pass
b = B()
results = []
for i in range(3):
    results.append(b.f())
    if i == 0:
        A.f = lambda self: 2
    if i == 1:
        B.f = lambda self: 3
print(results)
def get(o): return o.x
class C:
    x = 1
c = C()
r = [get(c)]
C.x = 2; r.append(get(c))
c.x = 3; r.append(get(c))
del c.x; r.append(get(c))
class D(C): pass
d = D()
r.append(get(d)); C.x = 5; r.append(get(d))
print(r)
