import thread
r = thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
print(r._recursion_count())
try:
    r.release(); r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(repr(r).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
out = []
def other():
    out.append(('try', r.acquire(False)))
    with r:
        with r:
            out.append(('got', r._recursion_count()))
with r:
    thread.start_new(other)
    sleep(0.01)
    out.append('main releases')
sleep(0.01)
print(out)
