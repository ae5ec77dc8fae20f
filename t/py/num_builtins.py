def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(abs(-5), abs(5), abs(-2**100), abs(-2.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2**62))
class A:
    def __abs__(self):
        return 'absolute'
print(abs(A()))
t(lambda: abs('x'))
t(lambda: abs(None))
t(lambda: abs())
print(bin(0), bin(5), bin(-5), bin(2**70), oct(0), oct(8), oct(-8), hex(0), hex(255), hex(-255), hex(2**64))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()), bin(True))
t(lambda: bin(1.5))
t(lambda: hex('a'))
print(pow(2, 10), pow(2.0, 3), pow(2, -1), pow(-2, 3), pow(3, 4, 5), pow(base=2, exp=5), pow(2, 5, mod=3), pow(1j, 2))
t(lambda: pow(2))
t(lambda: pow('a', 2))
t(lambda: pow(2, 3, 'x'))
t(lambda: pow(2, 3, None))
