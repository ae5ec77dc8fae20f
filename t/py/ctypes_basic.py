# ctypes: the common subset on libc/libm (same output as CPython)
import ctypes
from ctypes import *
from ctypes.util import find_library

libc = CDLL(find_library("c"))
libm = CDLL(find_library("m"))
print(find_library("m"), find_library("no_such_library_xyz"))
print(libc.abs(-7), libc.strlen(b"hello"))
libc.labs.argtypes = [c_long]
libc.labs.restype = c_long
print(libc.labs(-2**40))
libm.cos.argtypes = [c_double]
libm.cos.restype = c_double
print(libm.cos(0.0), libm.cos(0))
libm.pow.restype = c_double
libm.pow.argtypes = (c_double, c_double)
print(libm.pow(2.0, 0.5))

print(sizeof(c_int), sizeof(c_long), sizeof(c_char), sizeof(c_double), sizeof(c_void_p),
      sizeof(c_int8), sizeof(c_uint64), sizeof(c_short), sizeof(c_bool))
i = c_int(42)
print(i.value, c_uint(7).value, c_double(1.5).value, c_char(b'x').value, c_bool(1).value)
i.value = -5
print(i, c_char_p(b"abc").value, c_void_p(None).value)

buf = create_string_buffer(32)
print(sizeof(buf), repr(buf.value))
libc.snprintf(buf, 32, b"%d-%s", 42, b"x")
print(buf.value)
buf2 = create_string_buffer(b"hey")
print(sizeof(buf2), buf2.raw, buf2.value)
libc.strcpy(buf, b"copied")
print(buf.value, buf[0], buf[:3])

class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]

class Rect(Structure):
    _fields_ = [("a", Point), ("b", Point), ("tag", c_char * 4)]

p = Point(1, 2)
print(p.x, p.y, sizeof(Point), sizeof(Rect))
p.x = 10
r = Rect(Point(0, 0), Point(3, 4))
r.tag = b"ok"
print(p.x, r.b.x, r.b.y, r.tag)
r.a.x = 1
print(r.a.x)

class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("i", c_int)]
print(sizeof(Packed))

class U(Union):
    _fields_ = [("i", c_uint32), ("b", c_ubyte * 4)]
u = U()
u.i = 0x01020304
print(sizeof(U), u.b[0], list(u.b))

IntArr = c_int * 5
arr = IntArr(5, 1, 4, 2, 3)
print(len(arr), arr[0], list(arr), sizeof(arr))

CMP = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
def cmp(a, b):
    return a[0] - b[0]
libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, CMP]
libc.qsort.restype = None
libc.qsort(arr, len(arr), sizeof(c_int), CMP(cmp))
print(list(arr))

n = c_int(0)
libc.sscanf(b"123", b"%d", byref(n))
print(n.value)
pi = pointer(n)
print(pi.contents.value, pi[0])
pi[0] = 77
print(n.value)
d = c_double(0.0)
libc.sscanf(b"2.5", b"%lf", byref(d))
print(d.value)

libc.strchr.restype = c_char_p
libc.strchr.argtypes = [c_char_p, c_int]
print(libc.strchr(b"hello", ord("l")), libc.strchr(b"hello", ord("z")))
libc.getenv.restype = c_char_p
print(libc.getenv(b"NO_SUCH_VARIABLE_XYZ"))

s = create_string_buffer(b"abcdef")
print(string_at(s), string_at(s, 3))
memset(s, ord("z"), 2)
print(s.value)
memmove(s, b"QQ", 2)
print(s.value)
print(cast(s, c_char_p).value)
ip = cast(arr, POINTER(c_int))
print(ip[1], ip[4])

def check(result, func, args):
    return result * 2
libc.abs.errcheck = check
print(libc.abs(-4))

libc2 = CDLL(None, use_errno=True)
libc2.strtol.restype = c_long
libc2.strtol.argtypes = [c_char_p, c_void_p, c_int]
set_errno(0)
print(libc2.strtol(b"99999999999999999999999", None, 10), get_errno())
set_errno(0)
print(get_errno())

try:
    libc.no_such_function_xyz
except AttributeError as e:
    print("AttributeError")
try:
    libm.cos("x")
except ctypes.ArgumentError as e:
    print("ArgumentError")
