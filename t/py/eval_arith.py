# small-int fast paths and their overflow into big ints
big = 2**62 - 1
print(big + 1, big * 3, -big - 5, (-2**62) - 1)
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3)
print(3 * 4, 10 - 20, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -(-2**62))
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3
print(x)
print(1 < 2, 2 <= 2, 3 == 3.0, 4 != 4, 5 > 6, 7 >= 7)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 == 1)
print(not 0, not [], not [1], -(5), +5, ~5)
a, b = 1, 2
a, b = b, a
print(a, b)
t = (1, 2, 3)
l = [4, 5, 6]
print(t[0], t[-1], l[1], l[-3])
l[0] = 40
l[-1] = 60
print(l)
print("abc"[1], [1, 2, 3][1:], (1, 2, 3)[::-1])
print(1 if 0 else 2, 0 or 3, 4 and 5, None or [] or "x")
print(True + True, 10 / 4, 2 ** -1, divmod(17, 5))
