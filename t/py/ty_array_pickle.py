# array: pickling through _array_reconstructor, tofile/fromfile,
# MutableSequence registration, weak references, bytes-like use, a * 'x'.
import array, pickle, io, weakref, collections.abc, sys

a = array.array('h', [1, -2, 3])
print(a.__reduce_ex__(2))
print(a.__reduce_ex__(3))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for tc in 'bBuhHiIlLqQfd':
        x = array.array(tc, 'ab\u20ac' if tc == 'u' else [1, 2, 3])
        assert pickle.loads(pickle.dumps(x, proto)) == x, (tc, proto)
print("pickle ok")
r = array._array_reconstructor
print(r(array.array, 'i', 9, b'\x00\x00\x00\x05\xff\xff\xff\xfe'))    # int32 big-endian
print(r(array.array, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'))      # double big-endian
print(r(array.array, 'u', 19, b'\x00a\x20\xac'))                       # UTF-16-BE
for bad in [(list, 'b', 0, b''), (array.array, 'x', 0, b''), (array.array, 'b', 22, b''),
            (array.array, 'b', 0, 'str'), (3, 'b', 0, b'')]:
    try:
        r(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

f = io.BytesIO()
array.array('i', range(5)).tofile(f)
f.seek(0)
b = array.array('i')
b.fromfile(f, 3)
print(b)
try:
    b.fromfile(f, 5)
except EOFError as e:
    print("EOFError", e, b)

print(isinstance(a, collections.abc.MutableSequence))
w = weakref.ref(a)
print(w() is a)
print(b'x' + array.array('B', [65, 66]), bytes(array.array('B', [67])))
try:
    a * 'x'
except TypeError as e:
    print(e)
try:
    a *= sys.maxsize
except MemoryError:
    print("MemoryError")
