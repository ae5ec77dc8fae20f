def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = (0, 1, -1, 6, -6, 12345, -12345, 2**64 + 17, -(2**64) - 17, 2**62, -2**62)
for a in vals:
    for b in vals[:7]:
        print(a & b, a | b, a ^ b, end=' ')
    print(~a)
print((2**100 - 1) & -(2**50), (-(2**100)) | 2**3, (-(2**70)) ^ -(2**69))
