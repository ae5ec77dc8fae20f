def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(1 + 1.0, 1 + 1j, 1.0 + 1j, True + 1.5, True + 1j, 2 * 1.5, 2 * 1j, 3 / 2, 3 // 2.0, 3 % 2.0, 2 ** 0.5, 2 ** 1j)
print(type(1 + True).__name__, type(1.0 + True).__name__, type(1 + 1.0).__name__, type(1j + 1).__name__, type(10 / 5).__name__)
print(sum([1, 2.5, 3j]), sum([0.1] * 10), sum([2**70, 1.0]), sum(range(100), 0.5))
x = 5
x += 2.5
print(x)
x = 10
x //= 3
x **= 2
x <<= 2
x |= 1
x ^= 3
x &= 0xfe
x >>= 1
x %= 7
x -= 100
print(x)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1e16 + 1 == 1e16, 2**53 + 1.0, 10 ** 20 + 0.0)
print(int('10') + float('2.5') + complex('1j'), str(1) + str(1.0) + str(1j), [1, 1.0, 1j].count(1), {1, 1.0, True})
t(lambda: 1 + 'a')
t(lambda: 'a' * 1.5)
t(lambda: 1.5 * [1])
t(lambda: -'a')
t(lambda: ~1.5)
t(lambda: 1 < 'a')
t(lambda: 1.5 >= None)
