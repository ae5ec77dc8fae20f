r = range(0, 20, 3)
for s in [slice(None), slice(2, 5), slice(None, None, -1), slice(1, None, 2), slice(-3, None), slice(None, -3),
          slice(10, 0, -2), slice(100, None), slice(None, -100), slice(None, None, 3), slice(-1, -10, -3)]:
    x = r[s]
    print(x, list(x), list(r)[s] == list(x))
r2 = range(10, -10, -4)
print(r2[::2], r2[1::-1], r2[-2:], list(r2[::-2]))
b = range(10**20, 10**21, 10**19)
print(b[2:5], b[::-3], b[-1:], len(b[::7]))
print(range(5)[::-1][::-1], range(0)[::-1], range(3)[5:], range(3)[:-5])
