class H:
    def __hash__(self): return -1
print(hash(H()))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2**64) == hash(2**64))
print(hash(frozenset([1])) == hash(frozenset([1])), hash("") == hash(""))
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash(set())
except TypeError as e:
    print("TypeError:", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError:", e)
a = []
print(id(a) != id([]), isinstance(id(a), int))
