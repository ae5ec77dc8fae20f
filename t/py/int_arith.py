def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for a in (0, 1, -1, 7, -7, 2**62 - 1, -2**62, 2**62, 2**63, -2**63 - 1):
    for b in (1, -1, 3, -3, 2**62, 2**64 + 5):
        print(a, b, a + b, a - b, a * b, a // b, a % b)
print(-(-2**62), -(2**62), abs(-2**62), +(2**100), ~(2**62 - 1), ~(-2**62))
x = 1
for i in range(70):
    x = x * 3 + i
print(x, x - x, x // 3**60, x % 1000007)
