import queue, threading, time
q = queue.Queue(maxsize=2)
print(q.empty(), q.full(), q.qsize(), q.maxsize)
q.put(1); q.put(2)
print(q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
# a blocked producer is released by a consumer
log = []
def producer():
    for i in range(5):
        q.put(i)
        log.append(('put', i))
t = threading.Thread(target=producer)
t.start()
while len(log) < 2:  # q is full: the producer is stuck at the third put
    time.sleep(0.001)
print(log)
got = [q.get() for i in range(5)]
t.join()
print(got, len(log))
# task_done / join
q = queue.Queue()
done = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        done.append(item)
        q.task_done()
ws = [threading.Thread(target=worker) for i in range(3)]
for w in ws: w.start()
for i in range(10): q.put(i)
q.join()
print(sorted(done))
for w in ws: q.put(None)
for w in ws: w.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
pq = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (0, 'z')]:
    pq.put(item)
print([pq.get()[1] for i in range(4)])
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get() for i in range(3)])
sq = queue.SimpleQueue()
sq.put('x'); sq.put_nowait('y')
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")
def late_put():
    time.sleep(0.01)
    sq.put('late')
threading.Thread(target=late_put).start()
print(sq.get(timeout=5))
