def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import cmath, math
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(2j), cmath.sqrt(0))
print(cmath.exp(0), cmath.exp(1), cmath.exp(1j), cmath.log(1), cmath.log(-1), cmath.log(1j), cmath.log(100, 10), cmath.log10(1000))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.phase(0), cmath.polar(1 + 1j), cmath.polar(-2), cmath.rect(2, 0))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isnan(complex(1, float('nan'))), cmath.isinf(complex(float('inf'), 0)), cmath.isfinite(1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sin(0), cmath.cos(0), cmath.tan(0), cmath.sinh(0), cmath.cosh(0), cmath.tanh(0), cmath.asin(0), cmath.acos(1), cmath.atan(0))
print(cmath.asinh(0), cmath.acosh(1), cmath.atanh(0))
t(lambda: cmath.log(0))
t(lambda: cmath.sqrt('x'))
t(lambda: cmath.exp(1000))
