import thread
out = []
def w(n):
    for i in range(3):
        out.append((n, i))
        thread.sched_yield()
ids = [thread.start_new(w, n) for n in 'abc']
thread.sched_yield()
while thread._count():
    thread.sched_yield()
print(out)
# sched_yield(tid): that thread runs next
out.clear()
def v(n):
    out.append(n)
ids = [thread.start_new(v, n) for n in range(4)]
print(thread.sched_yield(ids[2]), thread.sched_yield(12345))
while thread._count():
    sleep(0.001)
print(out)
print(thread.sched_yield(ids[0]))
