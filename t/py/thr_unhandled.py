# An exception escaping a thread is printed as CPython's _thread does and
# ends only that thread.
import _thread, time
class Job:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'Job(%d)' % self.n
    def __call__(self):
        print('job', self.n)
        if self.n == 2:
            raise ValueError('bad job %d' % self.n)
        if self.n == 3:
            raise SystemExit
for i in range(1, 5):
    _thread.start_new_thread(Job(i), ())
    time.sleep(0.05)

print('main alive', _thread._count())
