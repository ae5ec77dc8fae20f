def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(complex(), complex(1), complex(1.5), complex(2, 3), complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(real=1, imag=2), complex(imag=3))
print(complex(0, -0.0), complex(-0.0), complex(1j, -0.0), complex(True, False), complex(2**70), complex(0.0, 1j))
class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
class MyC(complex):
    pass
z = MyC(1, 2)
print(z, type(z).__name__, type(z + 1).__name__, z.real, z.conjugate(), type(complex(z)).__name__)
t(lambda: complex('1', 2))
t(lambda: complex(1, '2'))
t(lambda: complex([]))
t(lambda: complex(1, []))
t(lambda: complex(None))
t(lambda: complex(10**400))
t(lambda: complex(1, 2, 3))
print(1 + 2j == complex(1, 2), 2 == 2 + 0j, 2.0 == 2 + 0j, 2**60 == complex(2**60), 2**53 + 1 == complex(2**53 + 1), 1j == 1, 1j != 1j)
print((1 + 2j).__getnewargs__(), (1 + 0j).__complex__() if hasattr(1j, '__complex__') else 'no', (1j).__sizeof__(), format(1 + 2j, ''), format(1.5 + 2j, '.2f'))
