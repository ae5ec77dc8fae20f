import threading, warnings
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    t = threading.Thread(name="x")
    t.isDaemon(); t.setDaemon(True); t.getName(); t.setName("y")
    threading.Event().isSet()
    c = threading.Condition(); c.acquire(); c.notifyAll(); c.release()
    threading.activeCount(); threading.currentThread()
for x in w:
    print(x.category.__name__, x.message, x.filename.endswith("oldapi.py"))
