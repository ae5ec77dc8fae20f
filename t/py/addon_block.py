# Blocking add-on functions run on a worker thread: another green thread
# keeps counting meanwhile (plain: a PYVM_BLOCKING prototype; native:
# pyvm_blocking()).
import os, sys, threading, time
sys.path.insert(0, os.environ.get("PYVM_ADDON_TESTDIR") or
                os.path.join(os.path.dirname(sys.executable), "t", "addon", ".libs"))
import plaintest, nativetest

def run(call, ms):
    state = {"done": False, "count": 0}

    def counter():
        while not state["done"]:
            state["count"] += 1
            time.sleep(0.002)

    t = threading.Thread(target=counter)
    t.start()
    time.sleep(0.01)  # the counter is running
    before = state["count"]
    r = call(ms)
    during = state["count"] - before
    state["done"] = True
    t.join()
    return r, during

r, during = run(plaintest.nap, 300)
print("plain nap returned", r, "- other thread counted meanwhile:", during >= 5)
r, during = run(nativetest.sleep_ms, 300)
print("native sleep_ms returned", r, "- other thread counted meanwhile:", during >= 5)
# many at once: they overlap on the worker pool
start = time.monotonic()
ts = [threading.Thread(target=plaintest.nap, args=(200,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("4 naps of 0.2 s overlapped:", time.monotonic() - start < 0.7)
