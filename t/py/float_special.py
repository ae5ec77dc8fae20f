def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import math
inf, nan = float('inf'), float('nan')
print(inf, -inf, nan, -nan, inf - inf, inf * 0, 0 * inf, inf / inf, -0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * -0.0)
print(math.copysign(1, -0.0), math.copysign(1, 0.0), 1 / inf, -1 / inf, math.copysign(1, -1 / inf))
print(repr(-0.0), str(-0.0), -0.0 == 0.0, hash(-0.0), abs(-0.0), -0.0 < 0.0, round(-0.0), int(-0.0))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), nan is nan, nan in [nan], [nan].count(nan), nan == nan)
print(max(inf, 1e308), min(-inf, -1e308), inf > 10**1000, -inf < -10**1000, float('-0'), float('-0.0'))
print(divmod(-0.0, 1), divmod(0.0, -1), -0.0 // 1, 0.0 // -1, -0.0 % 5, 0.0 % -5)
print(5e-324 / 2, 5e-324 * 0.5, 2.2250738585072014e-308 / 2, 1e-323, 1.5e-323)
