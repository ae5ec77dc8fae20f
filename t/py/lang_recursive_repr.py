l = [1]; l.append(l); print(l, repr(l))
d = {"a": 1}; d["self"] = d; print(d)
t = ([],); t[0].append(t); print(t)
s = [[]]; s[0].append(s); print(s)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f"Node({self.children!r})"
n = Node(); n.children.append([n]) if False else n.children.append(1); print(n)
a = []; b = [a]; a.append(b); print(a, b)
x = {}; y = {"x": x}; x["y"] = y; print(x)
print(str(l) == repr(l), len(repr(d)))
