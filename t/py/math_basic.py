def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import math
print(math.sqrt(2), math.sqrt(0), math.sqrt(-0.0), math.sqrt(1e308), math.sqrt(10**100), math.sqrt(True))
print(math.exp(0), math.exp(1), math.exp(-1000), math.expm1(1e-10), math.exp2(10), math.cbrt(27), math.cbrt(-8))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(float('nan'), 0), math.pow(1, float('nan')), math.pow(-1, float('inf')))
print(math.fabs(-3), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, float('inf')), math.remainder(7, 3), math.remainder(5, 2), math.remainder(-5, 2))
print(math.modf(3.5), math.modf(-3.5), math.modf(float('inf')), math.frexp(8), math.frexp(0.1), math.frexp(0), math.frexp(-1e300), math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, 10**20 * 0) )
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.copysign(-3, 1), math.hypot(3, 4), math.hypot(), math.hypot(-5), math.hypot(1, 1, 1, 1))
print(math.hypot(1e308, 1e308), math.hypot(3, float('inf'), float('nan')), math.hypot(float('nan'), 1), math.dist([1, 2], [4, 6]), math.dist((1,), (-1,)))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(float('inf'), float('inf')))
print(math.isfinite(1), math.isinf(float('-inf')), math.isnan(float('nan')), math.isnan(1))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(5), math.ceil(2**70), math.trunc(-1e20), math.floor(True), type(math.floor(2.0)).__name__)
print(math.nextafter(1, 2), math.nextafter(0, -1), math.ulp(1), math.ulp(0), math.ulp(1e308), math.ulp(float('inf')), math.ulp(-2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
class Fl:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'
    def __trunc__(self):
        return 'trunc!'
print(math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()))
import math
print(math.dist(iter([1,2]), (3,4)), math.dist(range(2), [3, 4]))
for f in (lambda: math.dist(1, 2), lambda: math.dist([1], [1,2]), lambda: math.dist(["a"], [1])):
    try: f()
    except Exception as e: print(type(e).__name__, e)
