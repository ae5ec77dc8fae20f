def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import math
for x in (0.0, -0.0, 0.5, 1.0, -1.0, math.pi, math.pi / 2, 1e-10, 10.0):
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
for x in (0.0, 0.5, -0.5, 1.0, -1.0):
    print(x, math.asin(x), math.acos(x), math.atanh(x) if abs(x) < 1 else 'x')
print(math.acosh(1), math.acosh(10), math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(float('inf'), float('-inf')), math.atan2(1, 0))
print(math.atan(float('inf')), math.tanh(float('-inf')), math.sinh(float('inf')), math.cosh(float('-inf')))
print(math.erf(0), math.erf(1), math.erf(-0.5), math.erfc(0), math.erfc(10), math.erf(float('inf')), math.erfc(-float('inf')))
print(math.gamma(1), math.gamma(5), round(math.gamma(4.5), 10), math.lgamma(1), math.lgamma(2), round(math.lgamma(10.5), 10), math.gamma(float('inf')), math.lgamma(float('-inf')))
