import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(10**20), type(math.floor(1.5)).__name__, math.sqrt(16), math.isqrt(10**20 + 1))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 8), math.lcm(4, 6), math.lcm(), math.lcm(0, 5))
print(math.factorial(20), math.comb(10, 3), math.comb(3, 10), math.perm(5, 2), math.perm(5), math.copysign(3, -0.0), math.fabs(-2))
print(math.log(8, 2), math.log2(1024), math.log10(1000), math.log(math.e), math.exp(0), math.pow(2, 10), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.fmod(-7, 3), -7 % 3, math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.degrees(math.pi), math.radians(180) == math.pi, math.tau == 2 * math.pi)
print(math.dist((0, 0), (3, 4)), round(math.sin(math.pi / 2), 10), round(math.atan2(1, 1), 10), math.cosh(0), math.asinh(0), math.erf(0) if hasattr(math, "erf") else 0.0)
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.exp(1000), lambda: math.isqrt(-1), lambda: math.comb(-1, 2)]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
