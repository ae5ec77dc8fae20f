def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in (1.0, 1.5, -0.1, 0.0, -0.0, 2.0**-1022, 2.0**-1074, 1.7976931348623157e308, 3.14159, 1e-310, 255.0):
    h = v.hex()
    print(h, float.fromhex(h) == v, float.fromhex(h))
for s in ('0x1p0', '0x1.8p1', '-0X1.FFFFFFFFFFFFFp1023', '0x.8p0', '1p-2', 'inf', '-Infinity', 'nan', '  0x1.0p+10  ', '0x1.000000000000008p0',
          '0x1.000000000000018p0', '0x1p-1074', '0x1p-1075', '0x1.8p-1074', '0x123456789abcdef0123p0', 'ff', '0x1', '1.'):
    t(lambda: float.fromhex(s))
for s in ('', 'x', '0x', '0xg', '0x1p', '0x1p+', '0x1.2.3', '0x1p1024', '0x2p1023', '1 2'):
    t(lambda: float.fromhex(s))
class F(float):
    pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
