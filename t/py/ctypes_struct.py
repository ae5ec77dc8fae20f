# ctypes: arrays of structures, pointers to them, nested structures,
# callbacks taking pointers (same output as CPython)
from ctypes import *
from ctypes.util import find_library

class P(Structure):
    _fields_ = [("x", c_int), ("y", c_double)]

class Line(Structure):
    _fields_ = [("a", P), ("b", P), ("pts", c_int * 3)]

arr = (P * 3)()
arr[1].x = 5
arr[2].y = 2.5
print(arr[1].x, arr[2].y, sizeof(arr), addressof(arr[1]) - addressof(arr[0]))
pp = POINTER(P)(arr[1])
print(pp.contents.x, pp[0].x, pp[1].y)
ln = Line(P(1, 1.5), P(2, 2.5))
ln.pts[1] = 7
print(ln.a.x, ln.b.y, list(ln.pts), sizeof(Line))
ln.b = P(9, 9.5)
print(ln.b.x, ln.b.y)

libc = CDLL(find_library("c"))
CMP = CFUNCTYPE(c_int, POINTER(P), POINTER(P))
def by_y(a, b):
    return (a[0].y > b[0].y) - (a[0].y < b[0].y)
arr[0].y = 9.0
arr[1].y = -1.0
libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, CMP]
libc.qsort.restype = None
libc.qsort(arr, 3, sizeof(P), CMP(by_y))
print([(p.x, p.y) for p in arr])

buf = (c_char * 16)()
libc.snprintf(buf, 16, b"%s=%d", b"n", 3)
print(buf.value, bytes(buf[:4]))
ints = (c_int * 4)(4, 3, 2, 1)
print(cast(ints, POINTER(c_int))[2], list(ints[1:3]))
