class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self): return "Acc%r" % self.items
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o)
    def __repr__(self): return "Plain(%r)" % self.v
a = Acc(); b = a
a += 1; a += 2
print(a, a is b)
p = Plain(1); q = p
p += 5
print(p, q, p is q)
l = [1]; m = l
l += [2]
print(l, m is l)
t = (1,); u = t
t += (2,)
print(t, u)
x = 5
try:
    x += "a"
except TypeError as e:
    print("TypeError:", e)
try:
    x **= "a"
except TypeError as e:
    print("TypeError:", e)
