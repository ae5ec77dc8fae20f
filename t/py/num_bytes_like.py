def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: int(memoryview(b'12')))
t(lambda: int(memoryview(b' -7_0 ')))
t(lambda: float(memoryview(b'1.5')))
t(lambda: float(bytearray(b'2.5e3')))
t(lambda: int(bytearray(b'x')))
t(lambda: int(bytearray(b'x'), 16))
t(lambda: int(bytearray(b'ff'), 16))
t(lambda: int(memoryview(b'x')))
t(lambda: int(memoryview(b'x'), 16))
t(lambda: float(bytearray(b'x')))
