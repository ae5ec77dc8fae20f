import cpylib
from array import array
import array as arraymod, struct, hashlib
print(arraymod.typecodes)
for tc in 'bBhHiIlLqQfd':
    a = array(tc, [1, 2, 3])
    a.append(4); a.extend([5, 6]); a.insert(0, 0)
    print(a, a.itemsize, a.typecode, len(a), a[0], a[-1], a[1:3], a.tobytes()[:6], a.tolist()[-2:])
a = array('i', range(10))
del a[::3]; print(a)
a[1:3] = array('i', [7, 7, 7]); print(a, a.count(7), a.index(7), 7 in a, 100 in a)
a.reverse(); print(a, a.pop(), a.pop(0), a)
a.remove(7); print(a, a == array('i', a.tolist()), a < array('i', [9]), a + array('i', [1]), array('b', [1]) * 3)
b = array('h', b'\x01\x00\x02\x00'); print(b, b.buffer_info()[1]); b.byteswap(); print(b)
b.frombytes(b'\x03\x00'); b.fromlist([9]); print(b, list(b), list(reversed(b)))
u = array('u', 'héllo'); print(u, u.tounicode(), u[1], len(u)); u.fromunicode('!'); print(u)
print(array('d'), array('f', [0.5, 1.5]), array('d', (1, 2.5)), array('i', array('b', [1, -1])))
print(struct.unpack('<3h', array('h', [1, 2, 3])), hashlib.md5(array('B', b'abc')).hexdigest())
c = array('B', bytes(4)); struct.pack_into('<I', c, 0, 0xdeadbeef); print(c)
x = array('i', [1]); x += array('i', [2]); x *= 2; print(x)
for bad in [lambda: array('b', [200]), lambda: array('B', [-1]), lambda: array('z'), lambda: array('i', 'abc'),
            lambda: array('i', [1.5]), lambda: array('i', [1])[5], lambda: array('i').pop(), lambda: array('i', [1]) + [2],
            lambda: array('h', [1 << 20]), lambda: array('i', [1]).remove(5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
