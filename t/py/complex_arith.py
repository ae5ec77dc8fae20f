def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, abs(b), a.conjugate(), a == b, a != b)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2, 2 / a, a - 1.5, 1.5 - a, a + True)
print(abs(3 + 4j), abs(-5j), abs(complex(1e308, 1e308)), abs(complex(float('inf'), float('nan'))), abs(complex(float('nan'), 1)))
print((1e300 + 1e300j) * (1e300 + 1e300j), (1 + 1j) / (1e-320 + 1e-320j), (1 + 0j) / 1e-310j)
print(1j * 1j, (2j) ** 2, 1j ** 2, (1 + 1j) ** 3, (1 + 1j) ** -2, 2 ** 1j, 1j ** 1j, (1 + 1j) ** 0.5, (1 + 1j) ** 101, (-1) ** (1 + 0j))
print(complex(1, 2) * complex(float('inf'), 0), complex(0.0, -0.0) * 2, complex(-0.0, 0.0) + 0)
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(1j), hash(1 + 2j), hash(-1 - 1j), hash(0j))
t(lambda: 1j / 0)
t(lambda: 1j / 0j)
t(lambda: 1j % 2)
t(lambda: 1j // 2)
t(lambda: divmod(1j, 2))
t(lambda: 0j ** -1)
t(lambda: 0j ** 1j)
t(lambda: 0j ** 0)
t(lambda: (1e200 + 1e200j) ** 2)
t(lambda: 10j ** 1000.5)
t(lambda: pow(1j, 2, 3))
t(lambda: int(1j))
t(lambda: float(1j))
t(lambda: 1j < 2j)
t(lambda: abs(complex(1.7e308, 1.7e308)))
