a = bytearray(b"hello")
print(a, len(a), a[0], repr(a), bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(range(65, 68)))
a.append(33); print(a)
a.extend(b" world"); print(a)
a.extend([65, 66]); print(a)
a.insert(0, 62); print(a)
a.insert(-1, 60); print(a)
a.insert(100, 46); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("o")); print(a)
a.reverse(); print(a)
a[0] = 88; print(a)
a[1:3] = b"XYZW"; print(a)
a[::2] = b"-" * len(a[::2]); print(a)
del a[0]; print(a)
del a[::3]; print(a)
del a[2:4]; print(a)
a[len(a):] = b"END"; print(a)
a[:0] = [49, 50]; print(a)
a += b"++"; print(a)
a *= 2; print(a)
c = a.copy(); c.clear(); print(c, a[:3])
b = bytearray(b"abc"); b2 = b; b2 += b"d"; print(b is b2, b)
print(bytearray(b"x") + b"y", b"y" + bytearray(b"x"), bytearray(b"ab") * 2, type(b"y" + bytearray(b"x")).__name__)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") < bytearray(b"abd"), b"abc" in bytearray(b"xabcx"))
for bad in [lambda: a.append(256), lambda: a.append("x"), lambda: bytearray().pop(), lambda: a.pop(100), lambda: a.remove(200),
            lambda: a.__setitem__(0, 300), lambda: a.__setitem__(slice(0, 4, 2), b"x"), lambda: a.__setitem__(100, 1), lambda: a.extend("str"),
            lambda: a.__setitem__(slice(0, 1), 5), lambda: a.insert(0, -1), lambda: bytearray("x"), lambda: a.extend(5)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
class BA(bytearray):
    pass
x = BA(b"sub")
x.append(33)
print(x, type(x).__name__, len(x), x.upper())
