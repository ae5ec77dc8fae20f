# binascii uuencoding (used by the uu module) and weak references to memoryviews.
import binascii as b, weakref
print(b.a2b_uu(b''), b.a2b_uu(''), b.b2a_uu(b''), b.b2a_uu(b'', backtick=True))
print(b.b2a_uu(b'abcd'), b.b2a_uu(b'\x00\x00\x00', backtick=True))
print(b.a2b_uu(b.b2a_uu(b'hello world')), b.a2b_uu(b'#86)C\n'), b.a2b_uu(b'#86)C'), b.a2b_uu(b'\x21'))
data = bytes(range(256))
for i in range(0, 256, 45):
    line = b.b2a_uu(data[i:i + 45], backtick=True)
    assert b.a2b_uu(line) == data[i:i + 45]
print("round trip ok")
print(b.a2b_uu(b'#86)C   ``\r\n'))
for bad in [b'!\xff', b'!ab  x', b'b' * 46, b'!!!!x']:
    try:
        print(b.a2b_uu(bad))
    except b.Error as e:
        print(type(e).__name__, e)
try:
    b.b2a_uu(b'x' * 46)
except b.Error as e:
    print(type(e).__name__, e)
m = memoryview(b'abc')
r = weakref.ref(m)
print(r() is m)
