# Set algebra survives an __eq__ that clears the sets being walked
# (CPython bpo-46615): no crash, at most "changed size during iteration".
import random

def run(op, seed):
    random.seed(seed)
    class Bad:
        def __eq__(self, other):
            if not enabled:
                return False
            if random.randrange(20) == 0:
                s1.clear()
            if random.randrange(20) == 0:
                s2.clear()
            return bool(random.randrange(2))
        def __hash__(self):
            return random.randrange(2)
    enabled = False
    s1 = set(Bad() for _ in range(random.randrange(50)))
    s2 = set(Bad() for _ in range(random.randrange(50)))
    enabled = True
    try:
        op(s1, s2)
    except RuntimeError as e:
        assert "changed size during iteration" in str(e)

def ixor(a, b):
    a ^= b

for name, op in [("^=", ixor), ("-", lambda a, b: a - b), ("^", lambda a, b: a ^ b),
                 ("<=", lambda a, b: a <= b), ("&", lambda a, b: a & b)]:
    for seed in range(60):
        run(op, seed)
    print(name, "ok")
