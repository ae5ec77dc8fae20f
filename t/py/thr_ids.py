import thread, _thread
def settle(pred):
    # wait for a state, not for a time: the machines are slow and noisy
    while not pred():
        sleep(0.001)
def blocked(t):
    return thread.state(t).startswith('soft blocked')
def finished(t):
    return thread.state(t) == 'finished'
print(thread is _thread, thread.get_ident(), thread._count(), thread.all())
print(thread.TIMEOUT_MAX, thread.error is RuntimeError, thread.LockType)
print(thread.stack_size(), issubclass(thread.Interrupt, BaseException),
      issubclass(thread.Interrupt, Exception), issubclass(thread.Deadlock, RuntimeError))
seen = []
def f(a, b=0, *, c=0):
    seen.append((thread.get_ident(), a, b, c))
i1 = thread.start_new_thread(f, (1,))
i2 = thread.start_new_thread(f, (2, 3), {'c': 4})
i3 = thread.start_new(f, 5, b=6, c=7)
print(i1 < i2 < i3, i2 - i1, i3 - i2, thread._count(), thread.all() == [0, i1, i2, i3])
sleep(0)
settle(lambda: thread.all() == [0])
print(sorted(s[1:] for s in seen), [s[0] for s in seen] == [i1, i2, i3])
print(thread._count(), thread.all())
# any callable
class C:
    def __call__(self, x):
        seen.append(x)
    def m(self, y):
        seen.append(('m', y))
thread.start_new_thread(C(), ('call',))
thread.start_new_thread(C().m, ('bound',))
thread.start_new_thread(print, ('builtin', 'print'))
def ex():
    seen.append('before')
    thread.exit()
    seen.append('never')
thread.start_new(ex)
settle(lambda: thread.all() == [0])
print(seen[3:])
for bad in [(1, ()), (f, [1]), (f, (), 3)]:
    try:
        thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
