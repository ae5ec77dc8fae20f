# cmath on every class of argument (-inf, negative, -0, +0, positive, +inf, nan).
import cmath
inf, nan = float('inf'), float('nan')
vals = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
names = ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'phase', 'polar', 'isinf', 'isnan', 'isfinite']
def t(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return type(e).__name__
for x in vals:
    for y in vals:
        z = complex(x, y)
        print(repr(z), ' '.join(t(getattr(cmath, n), z) for n in names), t(cmath.rect, x, y))
for y in (1.0, 2.0, -2.0, 4.0):
    for x in (inf, -inf):
        print(x, y, [t(getattr(cmath, n), complex(x, y)) for n in ('exp', 'sinh', 'cosh', 'tanh', 'sin', 'cos', 'tan')])
