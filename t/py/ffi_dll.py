# DLL: the original pyvm interface (dllopen, get/link codes, CJIT)
import DLL, ffi
m = DLL.dllopen(ffi.find_library("m"))
cos = m.get(('d', 'cos', 'd'))
powf = m.link(('f', 'powf', 'ff'))
print(cos(0.0), powf(2.0, 3.0))
libc = DLL.dllopen(None)
strlen = libc.get(('i', 'strlen', 's'))
print(strlen("hello"), strlen("héllo"))
src = r'''
#include <string.h>
long sum32(const int *a, long n) { long s = 0; for (long i = 0; i < n; i++) s += a[i]; return s; }
double sumd(const double *a, long n) { double s = 0; for (long i = 0; i < n; i++) s += a[i]; return s; }
long long sum64(const long long *a, long n) { long long s = 0; for (long i = 0; i < n; i++) s += a[i]; return s; }
void twice(int *a, long n) { for (long i = 0; i < n; i++) a[i] *= 2; }
const char *hello(const char *who) { static char buf[64]; strcpy(buf, "hi "); strncat(buf, who ? who : "nobody", 50); return buf; }
long addr_is_null(void *p) { return p == 0; }
void nothing(void) {}
float halve(float x) { return x / 2; }
'''
lib = DLL.CJIT(src)
lib2 = DLL.CJIT(src)          # cached: same file
print(lib.path == lib2.path, lib.path.endswith('.so'))
print(lib.get(('i', 'sum32', 'p32i'))([1, 2, 3, 4], 4))
print(lib.get(('d', 'sumd', 'pdi'))((0.5, 0.25), 2))
print(lib.get(('i', 'sum64', 'p64i'))([2**40, 1], 2))
twice = lib.get(('', 'twice', 'p32i'))
a = ffi.new("int[3]", [1, 2, 3])
print(twice(a, 3), list(a))
hello = lib.get(('s', 'hello', 'z'))
print(hello("bob"), hello(None))
isnull = lib.get(('i', 'addr_is_null', 'v'))
print(isnull(None), isnull(0), isnull(bytearray(4)))
print(lib.get(('', 'nothing', '')) (), lib.get(('f', 'halve', 'f'))(3.0))
try:
    lib.get(('i', 'missing_fn', 'i'))
except AttributeError as e:
    print('AttributeError', 'missing_fn' in str(e))
try:
    lib.get(('q', 'nothing', ''))
except ValueError as e:
    print(e)
# array.array goes by reference: the C writes are visible
import array
d = array.array('d', [1.5, 2.5])
a32 = array.array('i', [1, 2, 3])
twice(a32, 3)
print(a32)
print(lib.get(('d', 'sumd', 'pdi'))(d, 2))
