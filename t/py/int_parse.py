def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ('0', '-0', '+5', ' 42 ', '\t-17\n', '1_000_000', '000', '007', '0x1f', '0o17', '0b101', '99999999999999999999999'):
    t(lambda: int(s))
for s, b in (('ff', 16), ('FF', 16), ('0xff', 16), ('0x_ff', 16), ('z', 36), ('Z', 36), ('777', 8), ('0o777', 8), ('101', 2), ('0b_1_0', 2), ('10', 3), ('0b1', 16)):
    t(lambda: int(s, b))
for s in ('0x1f', '0o17', '0b101', '0', '00', '0_0', '123', '-0x_1F', '1_2'):
    t(lambda: int(s, 0))
print(int(b'123'), int(b' -9 '), int(bytearray(b'77'), 8), int('١٢٣'), int(' \u3000 5 '))
print(int(), int(base=10, x='5') if False else 0)
