ba = bytearray(b"  Hello World  ")
for name in ["strip", "lower", "upper", "title", "swapcase", "capitalize"]:
    r = getattr(ba, name)(); print(name, type(r).__name__, r)
print(type(ba.split()[0]).__name__, ba.split(), ba.replace(b"l", b"L"), type(ba[1:3]).__name__, ba[2], ba.find(b"W"), ba.count(b"l"))
print(ba.partition(b"o"), type(ba.partition(b"o")[0]).__name__, bytearray(b"a,b").split(b","), bytearray(b"ab").hex(), bytearray.fromhex("4142"))
print(ba + b"!", b"!" + ba, type(b"!" + ba).__name__, ba * 2 == ba + ba, ba == bytearray(b"  Hello World  "), bytearray(b"a") < b"b")
print(repr(bytearray()), repr(bytearray(b"\x00'\"")), str(bytearray(b"q")), bytearray(b"abc").decode(), bytearray(b"x").join([b"a", b"b"]))
b2 = bytearray(b"abc"); b2[1:2] = []; print(b2); b2[5:] = b"zz"; print(b2); b2[-1:] = bytearray(b"Q"); print(b2)
b2.extend([1, 2]); b2.extend(iter([3])); print(b2)
try:
    b2.extend(["x"])
except TypeError as e:
    print(e)
try:
    b2.extend(5)
except TypeError as e:
    print(e)
