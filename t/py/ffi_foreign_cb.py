# ffi: a callback called from a pthread that the library starts: it takes
# the GIL as a foreign thread (pyvm-only: hand-written .exp)
import sys, ffi
import os
# the test library: $PYVM_FFI_TESTLIB, or the build tree of this pyvm
lib = ffi.open(os.environ.get('PYVM_FFI_TESTLIB') or
               sys.executable.rpartition('/')[0] + '/t/ffi/.libs/libpvtest.so')
# a callback from a pthread the library starts (takes the GIL): the call
# that waits for that thread must be blocking, or it would hold the GIL
in_thread = lib.declare("int t_call_in_thread(int (*f)(int), int arg)", blocking=True)
print(in_thread(lambda x: x * x, 12))
print(in_thread(lambda x: 1 // 0, 1))

def deep(n):
    return n if n == 0 else deep(n - 1) + 1
print(in_thread(deep, 50))
