print(list(b"abc"), list(bytearray(b"\x00\xff")), [x for x in b""], sum(b"\x01\x02\x03"), tuple(b"hi"))
it = iter(b"xy")
print(next(it), next(it), next(it, "end"), type(iter(b"")).__name__, type(iter(bytearray())).__name__)
print(bytes([1, 2, 3]), bytes((i * 2 for i in range(4))), bytes(range(65, 70)), bytearray(range(3)), bytes(bytearray(b"q")), bytes(memoryview(b"mv")[1:]))
class Idx:
    def __index__(self): return 66
print(bytes([Idx(), 67]), bytearray([Idx()]), bytes(2), bytearray(1), bytes(True) if False else b"skip")
print(b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -1, bytearray(b"x") * 2, b"a" + bytearray(b"b") + memoryview(b"c"))
print(b"hello"[1], b"hello"[-1], b"hello"[1:3], bytearray(b"hello")[::-1], b"hello"[::2], b"abc"[5:], b"hello"[True])
print(len(b""), len(bytearray(10)), bool(b""), bool(b"\x00"), b"\x00" * 3)
for bad in ["abc", 3.5, [1, "a"], [-1], [1000], object()]:
    try:
        print(bytes(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
