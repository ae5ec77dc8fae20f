a = [1, 2]
a.extend(a); print(a)
a += a; print(a)
a[len(a):] = a; print(len(a))
b = [0]
b *= 3; print(b)
b.extend(iter(b)) if False else None
c = [1, 2, 3]
c.extend(c[::-1]); print(c)
d = []
d.extend(()); d.extend(''); d.extend({}); print(d)
d.extend({'k': 1}); d.extend({5}); d.extend(range(2)); print(d)
x = [[0] * 3 for _ in range(3)]; x[0][0] = 1; print(x)
y = [[0] * 3] * 3; y[0][0] = 1; print(y)
