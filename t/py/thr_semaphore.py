import thread
s = thread.Semaphore(2)
print(s._value, s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s._value)
got = []
def w(n):
    s.acquire()
    got.append(n)
for i in range(4):
    thread.start_new(w, i)
sleep(0.01)
print(got)
s.release()
sleep(0.01)
print(got)
s.release(2)
sleep(0.01)
print(got, s._value)
s.release(3)
print(s._value)
with s:
    print("with", s._value)
for bad in [lambda: thread.Semaphore(-1), lambda: s.release(0)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
