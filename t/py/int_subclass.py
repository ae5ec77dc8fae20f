def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class MyInt(int):
    def double(self):
        return self * 2
x = MyInt(21)
print(x, repr(x), x.double(), type(x.double()).__name__, type(x + 1).__name__, type(-x).__name__, type(+x).__name__, type(abs(x)).__name__)
print(x == 21, hash(x) == hash(21), x.bit_length(), x.real, type(x.real).__name__, int(x), type(int(x)).__name__)
y = MyInt('ff', 16)
print(y, MyInt(), MyInt(3.7), MyInt(2**100) // 2**99, isinstance(y, int), type(y).__name__)
class Weird(int):
    def __add__(self, other):
        return 'weird'
    def __repr__(self):
        return 'W(%d)' % int(self)
w = Weird(5)
print(w + 1, 1 + w, w * 2, repr(w), str(w), f'{w}', [w])
d = {1: 'a'}
print(d[MyInt(1)], MyInt(5) in {5}, sorted([MyInt(3), 1, MyInt(2)]))
class Big(int):
    pass
b = Big(10**30)
print(b + 1, b - 10**30, type(b - 10**30).__name__, b >> 50, b & 0xffff, divmod(b, 7))
