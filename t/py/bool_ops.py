def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(True, False, repr(True), str(False), True + True, True - False, True * 5, True / 2, True // 1, -True, ~True, ~False, +True, abs(False))
print(True & True, True & False, True | False, False | False, True ^ True, True ^ False, True & 1, True | 2, 3 ^ True)
print(type(True & False).__name__, type(True & 1).__name__, type(True + 0).__name__, type(-True).__name__)
print(True == 1, True is True, True < 2, False < True, hash(True), hash(False), True.real, True.numerator, True.bit_length())
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float('nan')), bool(''), bool('a'), bool([]), bool([0]), bool(0j), bool(1j), bool(None), bool(2**100))
print(int(True), float(False), str(True), f'{True}', format(False, ''), '%d' % True, '%s' % True, True.__index__())
print(True ** 5, 2 ** True, True << 3, divmod(True, 2), round(True), sum([True, True, False]), [1, 2, 3][True])
t(lambda: True / False)
class X:
    def __bool__(self):
        return False
class Y:
    def __len__(self):
        return 0
print(bool(X()), bool(Y()), not X())
t(lambda: type('B', (bool,), {}))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__ if False else 0, type(True).__name__)
