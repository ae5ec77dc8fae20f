l = [1, 2, 3]
print(l[-1], l[-3], l[:-1], l[5:], l[::-1], l[1:1], l * 2, 2 * l, l + [], [] + [], l == [1, 2, 3], l != [1, 2], l < [1, 2, 4], [] < [0])
for bad in [lambda: l[3], lambda: l[-4], lambda: l["a"], lambda: l + (4,), lambda: l * "x", lambda: l.__setitem__(9, 0)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
m = l; m += (4, 5); print(l, m is l)
m *= 2; print(l)
l *= 0; print(l, m)
x = [1]; x.extend(x); print(x)
y = [[]] * 3; y[0].append(1); print(y)
print(list("abc"), list(range(3)), list({"a": 1}), list((1,)), list(), [i for i in []], list(map(int, "123")))
try:
    list(1)
except TypeError as e:
    print(e)
try:
    list([], [])
except TypeError as e:
    print(e)
print(repr([1, "a", None, 1.5, [2]]), str(["é"]), [1, 2].__len__(), [3, 4].__contains__(4), [1].__iadd__([2]))
