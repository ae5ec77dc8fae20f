def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import math
print(math.fsum([]), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([1, 2, 3]))
t(lambda: math.fsum([1e308, 1e308, -1e308]))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([1.0, 1e-16, 1e-16]), math.fsum(i * 0.1 for i in range(100)))
print(math.fsum([float('inf'), 1]), math.fsum([float('-inf'), -1e308]), math.fsum([float('nan'), 1]), math.fsum([-0.0]), math.fsum([-0.0, -0.0]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([0.3, 0.6, -0.9]), math.fsum([10**20, 0.5]), math.fsum([True, 2**60, 0.25]))
t(lambda: math.fsum([1.7976931348623157e308, 1.7976931348623157e308 * 0.5, -1.7976931348623157e308]))
t(lambda: math.fsum([float('inf'), float('-inf')]))
t(lambda: math.fsum([1e308, 1e308]))
t(lambda: math.fsum(['a']))
t(lambda: math.fsum(5))
t(lambda: math.fsum([10**400]))
