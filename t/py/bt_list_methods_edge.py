l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.insert(100, 7); l.insert(-100, 0); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(2); print(l, l.index(4), l.count(3), l.index(4, 1, 4))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(9), lambda: [1].index(9), lambda: [1, 2].index(2, 0, 1)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
l = list(range(10))
l[2:5] = ["a"]; print(l)
l[::3] = "XYZW"[:len(l[::3])]; print(l)
del l[1::2]; print(l)
l[len(l):] = [9, 9]; l[:0] = [-1]; print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
l = [1, 2, 3]; l[1:2] = l; print(l)
l.reverse(); print(l); c = l.copy(); l.clear(); print(l, c)
print([1, 2] * 0, [0] * -1, [[0]] * 2, [1, 2] + [3], [1] * 3)
l = [5, 3, 8, 1]
l.sort(reverse=True); print(l); l.sort(key=lambda x: -x); print(l)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    [].sort(1)
except TypeError as e:
    print(e)
