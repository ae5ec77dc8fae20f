print(complex(1, 2), complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-1.5e2J"), complex(2), complex(), complex(1j, 1j))
for bad in ["1+", "(1+2j", "1+2i", "", "j1"]:
    try:
        complex(bad)
    except ValueError as e:
        print(e)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
z = 3 + 4j
print(z.real, z.imag, z.conjugate(), abs(z), z * z, z / 2, z ** 2, z - 1, 1 - z, -z, +z, z == 3 + 4j, z != 3)
print(1j ** 2, 0j ** 0, (1 + 1j) ** 0.5, repr(complex(0.0, -0.0)), repr(complex(-0.0, 0.0)), complex(float("inf"), float("nan")))
for bad in [lambda: z / 0, lambda: 0j ** -1, lambda: z < z, lambda: z // 1, lambda: z % 1, lambda: int(z)]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(2j) == hash(2j), 1e300j * 1e300j if False else 2j * 2j, format(z, ".2f"), format(1 - 2j, "^20"))
