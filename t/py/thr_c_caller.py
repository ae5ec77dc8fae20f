# Blocking primitives called from C (map, iter(f, sentinel)) block for real;
# called directly (also through an alias or with) they soft-block.
import thread, time
l = thread.allocate_lock()
l.acquire()
try:
    list(map(l.acquire, [1]))
except thread.Deadlock as e:
    print("map: Deadlock", str(e).splitlines()[0])
f = thread.fifo()
def prod():
    for i in range(3): f.put(i)
    f.put(None)
thread.start_new(prod)
try:
    print(list(iter(f.get, None)))  # no switch point before f.get: prod has not run
except thread.Deadlock as e:
    print("iter: Deadlock")
acq = l.acquire
def rel():
    l.release()
thread.start_new(rel)
print("alias", acq())
l.release()
s = time.sleep
t0 = time.monotonic(); s(0.01); print("alias sleep", time.monotonic() - t0 > 0.005)
print(list(map(time.sleep, [0.01])))
with l:
    print("with ok")
try:
    thread.interrupt(0, ValueError, 1)
    l.acquire(); l.acquire()
except ValueError:
    print("interrupted before blocking", l.locked())
