import thread
out = []
def w(n, d):
    sleep(d)
    out.append(n)
a = thread.start_new(w, 'a', 0.02)
b = thread.start_new(w, 'b', 0.01)
print(thread.join(a, 0.001), thread.state(0))
print(thread.join(a), out, thread.join(b), thread.join(12345))
# several joiners of one thread wake together
l = thread.allocate_lock()
l.acquire()
def holder():
    l.acquire()
h = thread.start_new(holder)
def joiner(n):
    thread.join(h)
    out.append(('joined', n))
for n in range(3):
    thread.start_new(joiner, n)
sleep(0.01)
print(thread.state(h + 1))
l.release()
sleep(0.01)
print(out[2:])
try:
    thread.join(thread.get_ident())
except RuntimeError as e:
    print("RuntimeError:", e)
# joining a thread that never ends: Deadlock
l = thread.allocate_lock()
l.acquire()
s = thread.start_new(holder)
try:
    thread.join(s)
except thread.Deadlock as e:
    print(e)
