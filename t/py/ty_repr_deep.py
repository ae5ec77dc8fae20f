# repr of containers nested deeper than the recursion limit raises
# RecursionError (CPython counts C recursion against the limit); shallower
# nesting still works.
import sys
d = {}
for i in range(sys.getrecursionlimit() + 100):
    d = {42: d.values()}
try:
    repr(d)
except RecursionError as e:
    print("RecursionError", e)
l = []
for i in range(sys.getrecursionlimit() + 100):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("RecursionError", e)
l = []
for i in range(500):
    l = [l]
print(len(repr(l)), repr([(1, {2: [3]})]))
