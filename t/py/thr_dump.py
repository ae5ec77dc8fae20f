import thread, io
l = thread.allocate_lock()
f = thread.fifo()
def holder():
    l.acquire()
    f.get()
def waiter():
    with l:
        pass
thread.start_new(holder)
thread.start_new(waiter)
sleep(0.01)
out = io.StringIO()
thread.dump(out)
for line in out.getvalue().splitlines():
    if line.startswith('  File "'):
        line = '  File "' + line[8:].split('/')[-1]
    print(line)
print(thread.state(1), '|', thread.state(2), '|', thread.state(0), '|', thread.state(99))
