def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in (0, 1, -1, 255, -256, 2**62, 2**100, -(2**100) + 1):
    print(v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator)
print((5).__trunc__(), (5).__floor__(), (5).__ceil__(), (5).__round__(), (-7).__index__(), (5).__float__())
print((0).__sizeof__(), (1).__sizeof__(), (2**30).__sizeof__(), (2**100).__sizeof__(), (5).__getnewargs__())
print(int.__add__(3, 4), (3).__radd__(4), (3).__mul__(2.0), (7).__truediv__(2), (7).__rsub__(10))
print(hasattr(5, 'is_integer'), (5).__format__(''), (5).__format__('05d'), format(True, 'd'))
