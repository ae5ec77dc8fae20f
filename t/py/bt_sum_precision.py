print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5, 3]), sum([1j, 2]), sum(x / 10 for x in range(10)))
print(sum([2**64, 2**64]), sum(range(10**6)), sum([True, 2]), sum([], 0.0), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([0.5, 2**53]), sum([-0.0]), sum([-0.0], -0.0), sum([float("inf"), 1]), sum([1, float("nan")]) != sum([1, float("nan")]))
import math
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod([2.0, 0.5]))
