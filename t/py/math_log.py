def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import math
print(math.log(1), math.log(math.e), math.log(10), math.log(0.5), math.log(2**1000), math.log(10**1000), math.log(10**10000), math.log(float('inf')))
print(math.log(8, 2), math.log(100, 10), math.log(2, 0.5), math.log(10**500, 10), math.log(1, 10), math.log(2**2000, 2), math.log(3**3000, 3))
print(math.log2(8), math.log2(2**1100), math.log2(10), math.log2(0.1), math.log10(1000), math.log10(10**400), math.log10(2), math.log10(1e-300))
print(math.log1p(0), math.log1p(1e-20), math.log1p(1), math.log(True), math.log(2**1024 - 1), math.log(2**1025 + 1))
