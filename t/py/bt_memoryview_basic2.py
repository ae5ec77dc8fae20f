b = bytearray(b"abcdefgh")
m = memoryview(b)
print(len(m), m[0], m[-1], m[2:5].tobytes(), m[::2].tobytes(), bytes(m[1:3]), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape)
m[0:2] = b"XY"; print(b)
m2 = memoryview(b"ro")
print(m2.readonly)
try:
    m2[0] = 1
except TypeError as e:
    print(e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print(e)
print(m.tolist()[:3], m.hex(), m == b"XYcdefgh", m.obj is b, m.cast("B").tolist()[-1])
with memoryview(b"ctx") as mm:
    print(mm.tobytes())
try:
    mm.tobytes()
except ValueError as e:
    print(e)
print(b"xyz"[memoryview(b"ab").__len__()], bytes(memoryview(b"q")), list(memoryview(b"ab")))
m.release()
try:
    len(m)
except ValueError as e:
    print(e)
