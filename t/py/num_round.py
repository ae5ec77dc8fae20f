def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(1350, -2))
class R:
    def __round__(self, n=None):
        return ('round', n)
print(round(R()), round(R(), 3), round(5, ndigits=-1), round(number=2.567, ndigits=1))
t(lambda: round('1.5'))
t(lambda: round(None))
t(lambda: round(1.5, 'x'))
t(lambda: round())
import math
print(round(math.pi, 5), round(-math.pi, 3), round(1e-10, 12), round(123.456, -1), round(-123.456, -2), round(0.5 + 1e-16))
