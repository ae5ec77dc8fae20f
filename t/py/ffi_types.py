# ffi: every scalar type, range checks, structs/unions by value, arrays,
# strings, NULL, errno, misuse (pyvm-only: hand-written .exp)
import sys, ffi
import os
# the test library: $PYVM_FFI_TESTLIB, or the build tree of this pyvm
lib = ffi.open(os.environ.get('PYVM_FFI_TESTLIB') or
               sys.executable.rpartition('/')[0] + '/t/ffi/.libs/libpvtest.so')

decls = """
bool t_not(bool); char t_char_next(char); signed char t_schar(signed char);
unsigned char t_uchar(unsigned char); short t_short(short, short);
unsigned short t_ushort(unsigned short); int t_int_add(int, int);
unsigned int t_uint(unsigned int); long t_long(long); unsigned long t_ulong(unsigned long);
long long t_llong(long long, long long); unsigned long long t_ullong(unsigned long long);
int8_t t_i8(int8_t); uint8_t t_u8(uint8_t); int16_t t_i16(int16_t); uint16_t t_u16(uint16_t);
int32_t t_i32(int32_t); uint32_t t_u32(uint32_t); int64_t t_i64(int64_t); uint64_t t_u64(uint64_t);
size_t t_size(size_t); ssize_t t_ssize(ssize_t); intptr_t t_intptr(intptr_t);
float t_float(float); double t_double(double, double);
double t_mixed(int, double, float, long long);
int t_many(int, int, int, int, int, int, int, int, int, int);
void t_void(void);
"""
ffi.cdef(decls)
print(lib.t_not(True), lib.t_not(0), lib.t_char_next(b'a'), lib.t_schar(-128 + 1), lib.t_uchar(254))
print(lib.t_short(30000, -1), lib.t_ushort(40000 // 2), lib.t_int_add(2**31 - 2, 1), lib.t_uint(2**32 - 2))
print(lib.t_long(-2**63 + 1), lib.t_ulong(2**63 - 1), lib.t_llong(-3, 2**40), lib.t_ullong(2**64 - 2))
print(lib.t_i8(-127), lib.t_u8(254), lib.t_i16(-32767), lib.t_u16(65534))
print(lib.t_i32(-2**31 + 1), lib.t_u32(2**32 - 2), lib.t_i64(-2**63 + 1), lib.t_u64(2**64 - 2))
print(lib.t_size(41), lib.t_ssize(-41), lib.t_intptr(-7))
print(lib.t_float(1.25), lib.t_double(1.5, 4), lib.t_mixed(1, 0.5, 0.25, 2**40))
print(lib.t_many(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), lib.t_void())

for f, v in [(lib.t_i8, 128), (lib.t_u8, -1), (lib.t_u16, 65536), (lib.t_int_add, 2**31),
             (lib.t_u64, 2**64), (lib.t_uchar, 256)]:
    try:
        f(v) if f is not lib.t_int_add else f(v, 0)
    except OverflowError as e:
        print('OverflowError:', e)
for call in [lambda: lib.t_int_add(1), lambda: lib.t_int_add(1, 2, 3), lambda: lib.t_int_add(1, 'x'),
             lambda: lib.t_double(1.0, None), lambda: lib.t_int_add(1.5, 2), lambda: lib.t_not(b'x')]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

ffi.cdef("""
struct point { int x, y; };
struct rect { struct point a, b; char name[8]; };
struct dpair { double a, b; };
struct big { long long v[5]; };
union num { int i; float f; unsigned char bytes[4]; };
typedef struct point point_t;
struct point t_point_make(int x, int y);
int t_point_sum(point_t p);
void t_point_scale(struct point *p, int k);
int t_rect_area(struct rect r);
struct rect t_rect_make(int w, int h);
struct dpair t_dpair_swap(struct dpair p);
struct big t_big_make(long long base);
long long t_big_sum(struct big b);
int t_union_int(union num n);
""")
p = lib.t_point_make(3, 4)
print(p.x, p.y, lib.t_point_sum(p))
pp = ffi.new("point_t *", {'x': 5, 'y': 6})
lib.t_point_scale(pp, 10)
print(pp.x, pp.y, lib.t_point_sum(pp))
r = lib.t_rect_make(3, 5)
print(r.a.x, r.b.x, r.b.y, ffi.string(r.name), lib.t_rect_area(r))
r.b.x = 10
print(lib.t_rect_area(r), ffi.sizeof("struct rect"), ffi.offsetof("struct rect", "name"))
q = lib.t_dpair_swap(ffi.new("struct dpair *", [1.5, 2.5]))
print(q.a, q.b)
b = lib.t_big_make(100)
print(list(b.v), lib.t_big_sum(b))
u = ffi.new("union num *")
u.i = 0x01020304
print(u.bytes[0], ffi.sizeof("union num"), lib.t_union_int(u))
print(ffi.sizeof("int"), ffi.sizeof("long long"), ffi.alignof("double"), ffi.sizeof("char *"),
      ffi.sizeof("int[10]"), ffi.typeof("int(*)(int, char *)"))

ffi.cdef("""
void t_upper(char *s); const char *t_greeting(void); const char *t_null_string(void);
int t_is_null(const void *p); void *t_null_ptr(void);
long t_sum_ints(const int *a, int n); void t_fill_doubles(double *a, int n);
size_t t_bytes_len(const char *s); int *t_counter_ptr(void); int t_counter_get(void);
int t_set_errno(int e);
""")
s = bytearray(b'hello world\0')
lib.t_upper(s)
print(s)
print(lib.t_greeting(), lib.t_null_string(), lib.t_is_null(None), lib.t_is_null(s), lib.t_null_ptr())
a = ffi.new("int[5]", [1, 2, 3, 4, 5])
print(lib.t_sum_ints(a, 5), lib.t_sum_ints(a + 2, 3))
dd = ffi.new("double[4]")
lib.t_fill_doubles(dd, 4)
print(list(dd), dd[3])
print(lib.t_bytes_len("héllo"), lib.t_bytes_len(b"abc"), lib.t_bytes_len(memoryview(b"xyzw\0")))
cp = lib.t_counter_ptr()
cp[0] = 99
print(lib.t_counter_get(), cp[0])
print(lib.t_set_errno(34), ffi.errno, ffi.get_errno())
lib.t_int_add(1, 2)
print(ffi.errno)
try:
    lib.t_sum_ints(ffi.new("double[2]"), 2)
except TypeError as e:
    print('TypeError:', e)
try:
    lib.no_such_function
except AttributeError as e:
    print('AttributeError:', str(e).rpartition(': ')[2])
try:
    ffi.open('/nonexistent/libnothing.so')
except OSError as e:
    print('OSError:', e)
for bad in ["int f(int", "struct { int x: 3; } y;", "int f(int x y)", "long double f(void)", "int [3] x"]:
    try:
        ffi.cdef(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    a[5]
except IndexError as e:
    print('IndexError:', e)
try:
    lib.t_int_add
    lib.t_sleep_ms
except AttributeError as e:
    print('AttributeError:', e)
