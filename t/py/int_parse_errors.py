def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ('', ' ', 'abc', '1.5', '1_', '_1', '1__0', '0x', '+-1', '1 2', '12a', '0b2', '١x', 'é'):
    t(lambda: int(s))
t(lambda: int('010', 0))
t(lambda: int('0_7', 0))
t(lambda: int('0x', 16))
t(lambda: int('0x_', 16))
t(lambda: int('8', 8))
t(lambda: int('12', 1))
t(lambda: int('12', 37))
t(lambda: int('12', -1))
t(lambda: int(12, 10))
t(lambda: int(1.5, 10))
t(lambda: int([]))
t(lambda: int(None))
t(lambda: int(b'abc'))
t(lambda: int('x' * 300))
t(lambda: int(base=10))
