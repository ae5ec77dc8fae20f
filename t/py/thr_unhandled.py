# An exception escaping a thread is printed as CPython's _thread does and
# ends only that thread.
import _thread, time
ran = []
class Job:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Job(%d)' % self.n
    def __call__(self):
        print('job', self.n)
        ran.append(self.n)
        if self.n == 2:
            raise ValueError('bad job %d' % self.n)
        if self.n == 3:
            raise SystemExit
for i in range(1, 5):
    _thread.start_new_thread(Job(i), ())
    # until job i has ended: a state, not a time
    while len(ran) < i or _thread._count():
        time.sleep(0.001)

print('main alive', _thread._count())
