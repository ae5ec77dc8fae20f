# bench/ffi/calls.py MODE [N]: N (default 1,000,000) calls of labs(long)
# and fmax(double, double) through MODE = ffi (pyvm) or ctypes (pyvm or
# CPython). Prints "name ns_per_call loop_ns_per_iteration" lines.
import sys, time
mode = sys.argv[1] if len(sys.argv) > 1 else 'ffi'
N = int(sys.argv[2]) if len(sys.argv) > 2 else 1000000

if mode == 'ffi':
    import ffi
    libc = ffi.open(None)
    libm = ffi.open(ffi.find_library('m'))
    labs = libc.declare("long labs(long)")
    fmax = libm.declare("double fmax(double, double)")
else:
    import ctypes, ctypes.util
    libc = ctypes.CDLL(None)
    libm = ctypes.CDLL(ctypes.util.find_library('m'))
    labs = libc.labs
    labs.argtypes = [ctypes.c_long]
    labs.restype = ctypes.c_long
    fmax = libm.fmax
    fmax.argtypes = [ctypes.c_double, ctypes.c_double]
    fmax.restype = ctypes.c_double


def loop_empty(n):
    t = time.perf_counter()
    for i in range(n):
        -i
    return time.perf_counter() - t


def loop_labs(n):
    f = labs
    t = time.perf_counter()
    for i in range(n):
        f(-i)
    return time.perf_counter() - t


def loop_fmax(n):
    f = fmax
    x = 1.5
    t = time.perf_counter()
    for i in range(n):
        f(x, 2.5)
    return time.perf_counter() - t


assert labs(-5) == 5 and fmax(1.5, 2.5) == 2.5
base = min(loop_empty(N) for _ in range(3)) / N * 1e9
for name, fn in (('labs', loop_labs), ('fmax', loop_fmax)):
    best = min(fn(N) for _ in range(3)) / N * 1e9
    print(name, round(best, 1), round(base, 1))
