# Random set operations on small ints; the printed order must match CPython.
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for trial in range(40):
    span = [10, 50, 300, 5000][trial % 4]
    s = set()
    for step in range(rnd(60) + 1):
        op = rnd(10)
        x = rnd(span) - span // 4
        if op < 5:
            s.add(x)
        elif op < 7:
            s.discard(x)
        elif op == 7 and s:
            s.pop()
        elif op == 8:
            s |= {rnd(span) for _ in range(rnd(8))}
        else:
            s -= {rnd(span) for _ in range(rnd(8))}
    t = {rnd(span) for _ in range(rnd(30))}
    print(trial, s, s & t, s ^ t, s - t, t - s, s | t)
    print(set(s), frozenset(s), s.copy(), set(list(s)), set(sorted(s)), hash(frozenset(s)))
