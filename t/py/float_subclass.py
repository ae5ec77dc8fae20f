def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class F(float):
    def half(self):
        return self / 2
x = F(3.5)
print(x, repr(x), x.half(), type(x.half()).__name__, type(x + 1).__name__, type(-x).__name__, type(abs(x)).__name__, type(+x).__name__)
print(x == 3.5, hash(x) == hash(3.5), x.is_integer(), x.real, type(x.real).__name__, float(x), type(float(x)).__name__)
print(F(), F('1.25'), F(2), isinstance(x, float), x.hex(), x.as_integer_ratio(), round(x), int(x))
class G(float):
    def __repr__(self):
        return 'G!'
print(G(1.0), repr(G(1.0)), [G(2.0)], f'{G(2.5)}', str(G(2.5)))
class H:
    def __float__(self):
        return 2.5
print(float(H()), 1.0 + float(H()))
class Idx:
    def __index__(self):
        return 7
print(float(Idx()))
