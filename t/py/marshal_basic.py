import cpylib
import marshal
vals = [None, True, False, 0, -1, 2**31, -2**40, 2**100, 1.5, -0.0, 1+2j, 'héllo', '', b'\x00b', (1, 'a'), [1, [2]], {'k': (1,)}, ..., tuple(range(300))]
for v in vals:
    b = marshal.dumps(v)
    print(repr(v)[:40], marshal.loads(b) == v)
print(marshal.loads(b'\xe9\x02\x00\x00\x00\xda\x01ar\x00\x00\x00\x00'), marshal.version)
print(sorted(marshal.loads(marshal.dumps({1, 2, 3}))))
