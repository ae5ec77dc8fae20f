def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for a in (7, -7, 0, 2**70, -(2**70), 7.5, -7.5, True):
    for b in (2, -2, 3.5, -0.5, 2**65, True):
        print(a, b, divmod(a, b))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod(2**70, 0))
t(lambda: divmod('a', 1))
t(lambda: divmod(1, 'a'))
t(lambda: divmod(1j, 1))
class D:
    def __divmod__(self, other):
        return ('divmod', other)
    def __rdivmod__(self, other):
        return ('rdivmod', other)
print(divmod(D(), 5), divmod(5, D()))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3, -2**62 // -1, (-2**62) % -1)
