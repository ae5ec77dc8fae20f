def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in (0, 1, -1, 255, -255, 2**62, -2**62 - 1, 2**100, -(3**70)):
    print(str(v), repr(v), bin(v), oct(v), hex(v))
print(str(10**100)[:10], len(str(10**1000)), len(str(-10**4299)))
print(format(255, 'x'), format(255, '#b'), format(-42, '08d'), format(10**20, ','), f'{123456789:_}')
print('%d %x %o' % (2**70, 2**70, -2**70))
