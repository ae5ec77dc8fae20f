a = [1, 2, 3, 4]
out = []
for x in a:
    out.append(x)
    if x == 2:
        a.append(5)
print(out, a)
a = [1, 2, 3, 4, 5]
for x in a:
    if x % 2:
        a.remove(x)
print(a)
a = [1, 2, 3]
it = iter(a)
a.clear()
print(list(it))
a = [1, 2, 3]
r = reversed(a)
print(next(r))
a.clear()
print(list(r))
a = [1, 2, 3]
r = reversed(a); a.append(4); print(list(r))
it = iter([1, 2]); print(list(it), list(it))
e = enumerate([1, 2]); print(next(e), list(e), list(e))
