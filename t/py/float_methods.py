def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in (0.0, -0.0, 1.0, 2.5, -0.75, 0.1, 1e100, 5e-324, 3.0, -7.0):
    print(v.is_integer(), v.as_integer_ratio(), v.hex(), v.conjugate(), v.real, v.imag, v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__())
for v in (float('inf'), float('-inf'), float('nan')):
    print(v.is_integer(), v.hex(), v.__round__(2))
    t(lambda: v.as_integer_ratio())
    t(lambda: v.__trunc__())
print((1.5).__sizeof__(), (2.5).__getnewargs__(), float.__getformat__('double'), (1.5).__format__(''), (1.5).__format__('.3f'), format(2.5, 'e'))
print((-2.5).__int__(), (2.5).__float__(), (2.5).__neg__(), (2.5).__add__(1), (2.5).__radd__(1), (2.5).__rtruediv__(5), (2.5).__add__('x'))
