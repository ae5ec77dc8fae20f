import thread
f = thread.fifo()
f.put(1); f.put(2)
print(len(f), f.get(), f.get(), len(f))
got = []
def g(n):
    got.append((n, f.get()))
for i in range(3):
    thread.start_new(g, i)
sleep(0.01)
print(got, f.waiting)
for x in 'abcd':
    f.put(x)
sleep(0.01)
print(got, len(f), f.waiting, f.get())
try:
    f.get(0.01)
except TimeoutError:
    print("timeout")
for i in range(1000):
    f.put(i)
print(sum(f.get() for i in range(1000)), len(f))
