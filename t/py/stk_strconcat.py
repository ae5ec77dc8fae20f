# `x += s` on str in loops (appended in place when nothing else can see x):
# every way of getting hold of the old value keeps it unchanged.
import sys
snap = []
t = ""
for i in range(6):
    t += str(i % 10)
    if i == 1:
        snap.append(t)                      # plain alias
    if i == 2:
        snap.append(globals()["t"])         # through the dict
    if i == 3:
        snap.append(sys.modules[__name__].t if __name__ in sys.modules else t)
    if i == 4:
        snap.append(dict(vars())["t"])      # a copy of the namespace
print(t, snap)
g = globals()
u = ""
keep = []
for i in range(5):
    u += "ab"[i % 2]
    keep.append(g["u"])                     # subscript of the globals dict
print(u, keep)
w = ""
vals = []
for i in range(4):
    w += "x"
    for k, v in list(g.items()):
        if k == "w":
            vals.append(v)
print(w, vals)
z = ""
seen = []
def peek():
    seen.append(z)
for i in range(4):
    z += "z"
    peek()                                  # a function reading the global
print(z, seen)
def glob():
    global q
    q = ""
    out = []
    for i in range(5):
        q += str(i)
        out.append(q[:])
        if i == 2:
            out.append(q)
    return q, out
print(glob())
e = ""
ev = []
for i in range(3):
    e += "e"
    ev.append(eval("e"))
    exec("ev.append(e)")
print(e, ev)
# locals
def loc():
    s = ""
    a = []
    for i in range(6):
        s += str(i)
        if i % 2:
            a.append(s)
        if i == 4:
            a.append(locals()["s"])
    b = s
    s += "!"
    return s, b, a
print(loc())
def loc2():
    s = "start"
    parts = []
    for i in range(5):
        s += "%d," % i
        s += s[-2:]                         # reads s inside the operand
        parts.append(len(s))
    return s, parts
print(loc2())
def loc3():
    s = ""
    l = []
    for i in range(4):
        s += f"{i}"
        l.append([s])
        s += "-"
    return s, l
print(loc3())
def closure():
    s = ""
    got = []
    def inner():
        got.append(s)
    for i in range(3):
        s += "c"
        inner()
    return s, got
print(closure())
class C:
    t2 = ""
    for i in range(3):
        t2 += "k"
    alias = t2
    t2 += "!"
print(C.t2, C.alias)
# the same str under two names, then += on one
a1 = ""
for i in range(3):
    a1 += "m"
b1 = a1
for i in range(3):
    a1 += "n"
print(a1, b1)
# many appends: result correct
big = ""
for i in range(20000):
    big += chr(97 + i % 26)
print(len(big), big[:30], big[-5:], big.count("a"))
def loc_big():
    s = ""
    for i in range(20000):
        s += str(i % 7)
    return len(s), s[-10:]
print(loc_big())
uni = ""
for i in range(5):
    uni += "é" if i % 2 else "x"
print(uni, len(uni), uni[3])
# the str being appended to is still on the stack while the operand runs
r = ""
def rec(n):
    global r
    for i in range(2):
        r += "(" + (rec(n - 1) if n else "") + ")"
    return "r"
rec(2)
print(r)
def gen_site():
    global gs
    for i in range(3):
        gs += "g"
        yield gs
gs = ""
out = []
for v in gen_site():
    gs += "+"
    out.append(v)
print(gs, out)
