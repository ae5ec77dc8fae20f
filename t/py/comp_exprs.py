# operators, precedence, chained comparisons, boolean short-circuit
print(2 + 3 * 4 ** 2 // 5 % 7 - -1, 2 ** -1, -2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 2 > 1 == 1, 1 == 1.0 != 2, "a" < "b" <= "b")
print(None is None, 1 in [1], 2 not in [1], None is not None)
print(0 or "", [] or "x", 1 and 2, 0 and 1/0, not 0, not [1])
print(6 & 3, 6 | 3, 6 ^ 3, ~5, 1 << 4, -16 >> 2, 7 // -2, -7 % 3)
print(True + True, 3 / 2, 3 // 2, divmod(-7, 2), 2 * "ab", [0] * 3)
x = 5
print("big" if x > 3 else "small", "neg" if x < 0 else "zero" if x == 0 else "pos")
print((y := 10) + y, [z := 1, z + 1])
calls = []
def t(v):
    calls.append(v)
    return v
print(t(1) < t(2) < t(0) < t(3), calls)
print(not 1 == 2, not (1 and 0), (1, 2) < (1, 3), [1] + [2], -(-3), +4)

print(10 - 2 - 3, 2 ** 2 ** 0, 100 / 10 / 5)
a = [1, 2, 3, 4, 5]
print(a[1:4:2], a[::-1], a[-2:], a[:0], a[slice(1, 3)], "abc"[1], (1, 2)[True])
n = 5
n += 2; n -= 1; n *= 3; n //= 4; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 7; n ^= 2
print(n)
m = {"k": [1, 2]}
m["k"][0] += 10
m["k"] += [3]
print(m)
