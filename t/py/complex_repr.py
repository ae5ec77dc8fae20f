def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

inf, nan = float('inf'), float('nan')
vals = [1j, -1j, 0j, -0j, 1 + 2j, 1 - 2j, -1 - 2j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(1, -0.0),
        complex(inf, nan), complex(nan, inf), complex(nan, nan), complex(-inf, -inf), complex(1e16, 1e-5), complex(0.1, 0.2), 3 + 0j,
        complex(2.5, 1e100), complex(1.0), complex(1.5, 1), 1e300j * 1e300j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
print([1j, 2 + 0j], (1 - 1j,), f'{1+2j}', '%s' % (3j,), str(-(0j)))
