import thread, io
l = thread.allocate_lock()
f = thread.fifo()
def holder():
    l.acquire()
    f.get()
def waiter():
    with l:
        pass
h = thread.start_new(holder)
w = thread.start_new(waiter)
while not all(thread.state(t).startswith('soft blocked') for t in (h, w)): sleep(0.001)
out = io.StringIO()
thread.dump(out)
for line in out.getvalue().splitlines():
    if line.startswith('  File "'):
        line = '  File "' + line[8:].split('/')[-1]
    print(line)
print(thread.state(1), '|', thread.state(2), '|', thread.state(0), '|', thread.state(99))
