class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[I(3)], l[I(1):I(4)], "abc"[I(-1)], hex(I(255)), bin(I(5)), range(I(3)))
print([1, 2] * I(2))
class BadIdx:
    def __index__(self): return "x"
try:
    l[BadIdx()]
except TypeError as e:
    print("TypeError:", e)
try:
    l["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    l[1.0]
except TypeError as e:
    print("TypeError:", e)
class IntConv:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(IntConv()), float(IntConv()))
try:
    int([])
except TypeError as e:
    print("TypeError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self): return "no"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
