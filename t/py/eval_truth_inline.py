class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for o in [B(True), B(False), L(0), L(3)]:
    r = []
    if o: r.append('if')
    r.append(not o)
    r.append((o and 'and') is o)
    r.append((o or 'or') is o)
    x = 0
    while o:
        x += 1
        if x > 2: break
    r.append(x)
    print(type(o).__name__, r)
for bad in [B(1), L(-1), L('x'), L(1.5)]:
    try:
        if bad: pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()), not Both(), [1 for _ in [0] if Both()])
class Sub(list):
    pass
print(not Sub(), not Sub([1]))
class CB(int):
    pass
print(not CB(0))
