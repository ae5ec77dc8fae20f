for n in [0, 1, -1, 255, -255, 2**70, -2**70]:
    print(bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 10
print(bin(I()), hex(I()), oct(I()), chr(0x1F600) == "\U0001F600", ord("€"), ord(b"a"), ord(bytearray(b"z")))
for bad in [lambda: bin(1.5), lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: hex("a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(ascii("aé\u1234\U00012345"), ascii([1, "ü"]), abs(-3), abs(-2.5), abs(3 + 4j), abs(True))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**65, -3))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), pow(2.0, 0.5), pow(-8, 1/3).real > 0)
for bad in [lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: pow(0, -1)]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
