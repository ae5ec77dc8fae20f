# ctypes in pyvm: calls are non-blocking by default; CDLL(..., blocking=True)
# or func.blocking = True make them run on a worker while other green
# threads go on (pyvm-only: hand-written .exp)
import ctypes, thread, time
count = [0]
stop = [False]
def counter():
    while not stop[0]:
        count[0] += 1
        time.sleep(0.005)
thread.start_new_thread(counter, ())
time.sleep(0.02)

libc = ctypes.CDLL(None, blocking=True)
c0 = count[0]
print(libc.usleep(200000), count[0] - c0 > 0)

libc2 = ctypes.CDLL(None)
print(libc2.usleep.blocking)
c0 = count[0]
libc2.usleep(100000)
print('non-blocking: others ran:', count[0] != c0)
libc2.usleep.blocking = True
c0 = count[0]
libc2.usleep(200000)
print("blocking: others ran:", count[0] - c0 > 0)
stop[0] = True
