def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = 2**200 + 12345
b = -(3**150)
print(a + b, a - b, a * b)
print(a // b, a % b, b // a, b % a, (-a) // 7, (-a) % 7)
print(a // -1, b // 1, a % 1, b % -1)
print(10**50 // 10**25, 10**50 % (10**25 + 1))
print(2**64 - 2**64, type(2**64 - 2**64), (2**64 - 2**64 + 5) * 3)
print(int('9' * 60) + 1)
f = 1
for i in range(1, 40):
    f *= i
print(f)
print(sum(range(10**6)))
