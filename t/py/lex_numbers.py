# numeric literals of every kind
print(0, 00, 7, 1_000_000, 0x_ff, 0XAB, 0o17, 0O7_7, 0b1010, 0B1_1)
print(123456789012345678901234567890, -0x7fffffffffffffffff)
print(1.5, 1., .25, 1e10, 1E-3, 1_0.5_0, 3.14e+2, 0e0, 1_2e1_0)
print(1j, 2.5j, 1e3j, 0j, 10J, (1+2j).imag, type(3j).__name__)
print(0.1 + 0.2, 1e308 * 10, -1e-320)
print(type(1e5).__name__, type(100).__name__, 5 .real, 1 if 1 else 0)
x = 1 if True else 2
print(x, [0x10 for _ in range(1)])
