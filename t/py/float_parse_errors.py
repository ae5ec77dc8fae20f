def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ('', ' ', 'abc', '1.5.5', '1_', '_1', '1__0', '1._5', '1_.5', '1e', '1e_5', 'e5', '.', '+', '--1', 'in', 'infinit', 'nana', '0x10', '1 2', '1,5', 'é', '1\x00'):
    t(lambda: float(s))
t(lambda: float(b'x'))
t(lambda: float([]))
t(lambda: float(None))
t(lambda: float('1', 2))
t(lambda: float(x='1'))
t(lambda: float(10**400))
t(lambda: float('x' * 100))
