# Sleeping threads wake in deadline order; equal sleeps in start order.
import thread, time
out = []
def s(n, d):
    time.sleep(d)
    out.append(n)
for n, d in [('c', 0.03), ('a', 0.01), ('b', 0.02), ('a2', 0.01), ('z', 0)]:
    thread.start_new(s, n, d)
sleep(0.1)
print(out)
