import math, cmath
# mandelbrot
rows = []
for y in range(-10, 11):
    row = ''
    for x in range(-30, 11):
        c = complex(x / 15, y / 10)
        z = 0j
        n = 0
        while abs(z) <= 2 and n < 30:
            z = z * z + c
            n += 1
        row += ' .:-=+*#%@'[n % 10]
    rows.append(row)
print('\n'.join(rows))
# statistics
data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.3, 5.5, 7.1]
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / (len(data) - 1)
print(mean, var, math.sqrt(var), sorted(data)[len(data) // 2], round(mean, 3), f'{var:.4f}')
# primes and big ints
def isprime(n):
    if n < 2: return False
    for p in range(2, math.isqrt(n) + 1):
        if n % p == 0: return False
    return True
print([p for p in range(100) if isprime(p)], sum(p for p in range(10000) if isprime(p)))
fib = [0, 1]
for i in range(300): fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[-1] % 1000000007, len(str(fib[-1])), fib[-1].bit_length(), math.gcd(fib[200], fib[150]))
print(2**0.5 * 2**0.5 == 2, math.isclose(2**0.5 * 2**0.5, 2), (1 + 1e-16) - 1, 1e308 + 1e308, -(1e308 * 10), float('inf') - 1)
print(sum(1 / k**2 for k in range(1, 10001)), math.pi**2 / 6, math.fsum(1 / k**2 for k in range(1, 10001)))
print(int('1' * 50) * int('9' * 50), divmod(10**40 + 7, 10**20 - 3), pow(7, 10**18, 10**9 + 7))
print(hex(2**64 - 1), oct(-8**10), bin(255)[2:].zfill(16), int('ff', 16), int('0b1010', 0), f'{2**70:,}', f'{-1.5e-7:e}', f'{12345.6789:,.2f}')
print(1 / 3 + 1 / 3 + 1 / 3 == 1, 0.1 * 3, 3 * 0.1 == 0.3, round(0.1 * 3, 15), 1e-7, 1e-4, 123e-6, 1.0e15, 1e15 + 0.3)
