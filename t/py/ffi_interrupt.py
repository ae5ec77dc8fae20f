# ffi: interrupts of a green thread real blocked in a blocking FFI call:
# mode 0 leaves it alone, mode 1 raises when the call returns, mode 2
# raises at once (the C call finishes later, its result dropped); a
# buffer passed to an abandoned call stays valid (pyvm-only)
import sys, ffi, thread, time
import os
# the test library: $PYVM_FFI_TESTLIB, or the build tree of this pyvm
lib = ffi.open(os.environ.get('PYVM_FFI_TESTLIB') or
               sys.executable.rpartition('/')[0] + '/t/ffi/.libs/libpvtest.so')
sleep_ms = lib.declare("int t_sleep_ms(int)", blocking=True)
fill = lib.declare("int t_sleep_fill(char *, int, int)", blocking=True)
log = []

def sleeper(tag, ms):
    t0 = time.monotonic()
    try:
        log.append((tag, 'returned', sleep_ms(ms)))
    except thread.Interrupt:
        log.append((tag, 'Interrupt', round(time.monotonic() - t0, 1)))

for mode in (0, 1, 2):
    t = thread.start_new_thread(sleeper, ('mode %d' % mode, 600))
    time.sleep(0.2)
    thread.interrupt(t, if_running=mode)
    thread.join(t)
    tag, what, x = log[-1]
    print(tag, what, x if mode == 0 else (x >= 0.5 if mode == 1 else x < 0.5))

buf = bytearray(8)
def filler():
    try:
        fill(buf, 8, 400)
    except thread.Interrupt:
        log.append('fill interrupted')
t = thread.start_new_thread(filler, ())
time.sleep(0.1)
thread.interrupt(t, if_running=2)
thread.join(t)
print(log[-1], buf)
time.sleep(0.5)           # the abandoned call has finished writing by now
print(buf)
