b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m.tolist(), bytes(m[2:]), m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(m == b"abcdef", m[1:3] == b"bc", m.hex(), m.obj is b, m[::-1].tobytes(), list(m[4:]), m.cast("B").tolist()[:2])
ba = bytearray(b"hello")
with memoryview(ba) as mv:
    mv[0] = ord("J")
    mv[1:3] = b"EL"
    print(ba, mv.readonly, mv[::2].tobytes())
    try:
        ba.append(1)
    except BufferError as e:
        print("BufferError:", e)
    sub = mv[1:4]
    sub[0] = ord("3")
    print(ba, sub.tobytes())
    sub.release()
print(mv.released if hasattr(mv, "released") else True)
ba.append(33)
print(ba)
try:
    mv[0]
except ValueError as e:
    print("ValueError:", e)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview("str")
except TypeError as e:
    print("TypeError:", e)
m2 = memoryview(bytearray(b"xyz"))
try:
    m2[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    m2[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
try:
    m[10]
except IndexError as e:
    print("IndexError:", e)
m2.release()
print(bytes(memoryview(b"q")), bytearray(memoryview(b"rs")), b"".join([memoryview(b"a"), b"b"]))
