import thread
out = []
def w(n):
    for i in range(3):
        out.append((n, i))
        thread.sched_yield()
# no switch point (loop, Python call) in main until its first yield: a tick
# there would let 'a' run before 'c' exists, however unlikely on a fast machine
ids = [thread.start_new(w, 'a'), thread.start_new(w, 'b'), thread.start_new(w, 'c')]
thread.sched_yield()
while thread._count():
    thread.sched_yield()
print(out)
# sched_yield(tid): that thread runs next
out.clear()
def v(n):
    out.append(n)
ids = [thread.start_new(v, 0), thread.start_new(v, 1), thread.start_new(v, 2), thread.start_new(v, 3)]
print(thread.sched_yield(ids[2]), thread.sched_yield(12345))
while thread._count():
    sleep(0.001)
print(out)
print(thread.sched_yield(ids[0]))
