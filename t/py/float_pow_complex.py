def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print((-8) ** (1/3))
print((-1) ** 0.5, (-2.0) ** 1.5, (-0.5) ** 0.25, (-1e300) ** 0.5)
print((-8.0) ** -0.5, (-1.0) ** 0.1)
z = (-4) ** 0.5
print(type(z).__name__, z.real, z.imag)
print(pow(-27, 1/3), (-2) ** 2.0, (-2) ** -2.0)
