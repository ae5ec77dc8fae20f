# len/bool/hash/repr/str/abs/format/iter/next with Python dunders run as
# continuation requests: no nested interpreter loop (preemption count unchanged).
import sys

class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __bool__(self): return False
class H:
    def __hash__(self): return 42
class R:
    def __repr__(self): return 'R!'
class S:
    def __str__(self): return 'S!'
class A:
    def __abs__(self): return 7
class F:
    def __format__(self, spec): return '<' + spec + '>'
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i

def check(name, f):
    before = sys.preemption_count()
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    print(name, repr(r), sys.preemption_count() - before)

check('len', lambda: len(L(3)))
check('len err', lambda: len(L(-1)))
check('len str', lambda: len(L('x')))
check('bool', lambda: bool(B()))
check('bool len', lambda: bool(L(0)))
check('hash', lambda: hash(H()))
check('repr', lambda: repr(R()))
check('str', lambda: str(S()))
check('str repr', lambda: str(R()))
check('abs', lambda: abs(A()))
check('format', lambda: format(F(), 'x'))
check('format0', lambda: format(F()))
it = It()
check('iter', lambda: iter(it) is it)
check('next', lambda: next(it))
check('next', lambda: next(it))
check('next end', lambda: next(it))
check('next dflt', lambda: next(it, 'd'))

# a thread switch inside the dunder is fine
import threading
out = []
class Slow:
    def __len__(self):
        for i in range(20000):
            pass
        return 5
def work():
    out.append(len(Slow()))
before = sys.preemption_count()
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(out, sys.preemption_count() - before)
