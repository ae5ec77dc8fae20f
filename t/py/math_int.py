def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import math
print([math.factorial(i) for i in range(12)], math.factorial(50), len(str(math.factorial(1000))), math.factorial(True))
print(math.gcd(), math.gcd(0), math.gcd(12), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(12, 18, 8), math.gcd(True, 4))
print(math.lcm(), math.lcm(0), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**40))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(10, 11), math.comb(100, 50), math.comb(10**20, 2), math.comb(0, 0))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(20, 10), math.perm(5, None), math.perm(10**10, 2))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**100), math.isqrt(2**127 - 1), math.isqrt(True))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([2.5, 2]), math.prod(range(1, 20)), math.prod([2, 3], start=10), math.prod(['a'], start=3) if False else 0, math.prod([[1]], start=2))
for f in (lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.factorial('5'), lambda: math.gcd(1.5), lambda: math.lcm(2, 2.0),
          lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.comb(5.0, 2), lambda: math.perm(-1), lambda: math.perm(3, -1),
          lambda: math.isqrt(-1), lambda: math.isqrt(2.0), lambda: math.factorial(10**20)):
    t(f)
