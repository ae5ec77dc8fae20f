# ffi: callbacks (qsort, from a library thread, exceptions), blocking calls
# while another green thread counts, buffers pinned across a blocking call
# (pyvm-only: hand-written .exp)
import sys, ffi, thread, time
import os
# the test library: $PYVM_FFI_TESTLIB, or the build tree of this pyvm
lib = ffi.open(os.environ.get('PYVM_FFI_TESTLIB') or
               sys.executable.rpartition('/')[0] + '/t/ffi/.libs/libpvtest.so')
libc = ffi.open(None)

qsort = libc.declare("void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))")
data = ffi.new("int[8]", [5, 3, 9, 1, 7, 2, 8, 0])
calls = []
def cmp(a, b):
    x, y = ffi.cast("int *", a)[0], ffi.cast("int *", b)[0]
    calls.append(1)
    return (x > y) - (x < y)
qsort(data, 8, ffi.sizeof("int"), cmp)
print(list(data), len(calls) > 0)
cb = ffi.callback("int(const void *, const void *)", lambda a, b: ffi.cast("int *", b)[0] - ffi.cast("int *", a)[0])
qsort(data, 8, 4, cb)
print(list(data))

apply = lib.declare("int t_apply(int (*f)(int, int), int a, int b)")
print(apply(lambda a, b: a * 10 + b, 4, 2))
def bad(a, b):
    raise ValueError("oops %d" % a)
print(apply(bad, 1, 2))
print(apply(lambda a, b: "not an int", 1, 2))
apply_d = lib.declare("double t_apply_d(double (*f)(double), double x)")
print(apply_d(lambda x: x / 4, 3.0))
ffi.cdef("struct point { int x, y; }; int t_apply_point(int (*f)(struct point), int x, int y);")
print(lib.t_apply_point(lambda p: p.x - p.y, 10, 3))

# a blocking call: another green thread keeps counting meanwhile
sleep_ms = lib.declare("int t_sleep_ms(int ms)", blocking=True)
count = [0]
done = [False]
def counter():
    while not done[0]:
        count[0] += 1
        time.sleep(0.005)
thread.start_new_thread(counter, ())
r = sleep_ms(300)
done[0] = True
print('blocking result', r, 'counter ran:', count[0] > 0)

# the same function non-blocking: nobody else runs
count[0] = 0
done[0] = False
thread.start_new_thread(counter, ())
time.sleep(0)
nb = lib.declare("int t_sleep_ms(int ms)")
c0 = count[0]
nb(100)
print('non-blocking: counter advanced during the call:', count[0] != c0)
done[0] = True

# buffers stay pinned and writes are visible after a blocking call
fill = lib.declare("int t_sleep_fill(char *buf, int n, int ms)", blocking=True)
buf = bytearray(10)
print(fill(buf, 10, 50), buf)
mem = ffi.new("char[6]")
print(fill(mem, 5, 20), ffi.string(mem))

# errno is per green thread
seterr = lib.declare("int t_set_errno(int)")
res = {}
def worker(e):
    seterr(e)
    time.sleep(0.02)
    res[e] = ffi.errno
for e in (11, 22):
    thread.start_new_thread(worker, (e,))
seterr(5)
time.sleep(0.1)
print(sorted(res.items()), ffi.errno)

# blocking calls in several green threads run in parallel
t0 = time.time()
out = []
def sl():
    out.append(sleep_ms(200))
for i in range(4):
    thread.start_new_thread(sl, ())
while len(out) < 4:
    time.sleep(0.01)
print(out, 'parallel:', time.time() - t0 < 0.7)
print(sleep_ms.blocking, nb.blocking, repr(sleep_ms).startswith("<ffi function 't_sleep_ms'"))
