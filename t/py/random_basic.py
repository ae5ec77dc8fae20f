import cpylib
import _random
r = _random.Random(1)
print(r.random(), r.random(), r.getrandbits(5), r.getrandbits(40), r.getrandbits(100))
for s in [0, 1, 42, -42, 2**40 + 5, 2**100, 12345678901234567890]:
    r.seed(s); print(s, r.random(), r.getrandbits(64))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random(), len(st))
import os
if not hasattr(os, "register_at_fork"):  # pyvm: until os has it
    os.register_at_fork = lambda **kw: None
import random
random.seed(1); print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2))
random.seed('hello'); print(random.random())
random.seed(7); l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.gauss(0, 1))
print(random.randrange(0, 1000, 7), random.getrandbits(70), random.choices('abc', k=5), random.expovariate(2))
r2 = random.Random(5); print(r2.random(), r2.randint(0, 10))
