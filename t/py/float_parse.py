def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ('0', '1', '-1', '+1.5', ' 2.5 ', '\n3\t', '1e10', '1E-5', '1.e3', '.5', '5.', '-.5e-3', '1_000.5', '1_0e1_0', '0.000_001',
          'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'nan', 'NaN', '-nan', '1e400', '-1e400', '1e-400', '0x10' if False else '16',
          '00012', '1' * 30, '9' * 400 + '.5', '2.2250738585072011e-308', '4.9406564584124654e-324', '1.7976931348623159e308', '\u3000 1.25 \u2003', '١٫٥' if False else '١.٥'):
    t(lambda: float(s))
print(float(b'1.5'), float(bytearray(b' 2 ')), float(), float(5), float(2**100), float(True), float(-0.0))
