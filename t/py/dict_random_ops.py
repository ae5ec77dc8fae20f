# Random dict operations: order, popitem and views must match CPython.
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for trial in range(30):
    d = {}
    span = [8, 40, 500][trial % 3]
    log = []
    for step in range(rnd(200) + 1):
        op = rnd(12)
        k = rnd(span)
        if op < 6:
            d[k] = step
        elif op < 8:
            d.pop(k, None)
        elif op == 8 and d:
            log.append(d.popitem())
        elif op == 9:
            d.setdefault(k, -step)
        elif op == 10:
            d.update({rnd(span): 0 for _ in range(3)})
        else:
            if k in d:
                del d[k]
    print(trial, d)
    print(log[-3:], list(reversed(d))[:5], sorted(d.items())[:3], len(d))
    s = {str(k): v for k, v in d.items()}
    print(list(s)[:6], s == dict(zip(s.keys(), s.values())))
