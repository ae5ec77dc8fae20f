import sys
sys.stderr = sys.stdout
snippets = r'''
l = [3, 1, 2]; l[1:1] = [9, 9]; print(l)
l = list(range(6)); l[::-2] = "abc"; print(l)
l = list(range(6)); del l[-1:-4:-1]; print(l)
l = [1, 2]; l[5:10] = [7]; print(l)
l = [1, 2, 3]; l[-10:1] = []; print(l)
b = bytearray(b"abcdef"); del b[1::2]; print(b)
b = bytearray(b"abc"); b[::-1] = b"xyz"; print(b)
s = "abcdef"; print(s[-2::-2], s[10:-10:-1], s[:-100], s[::-1][::2])
t = tuple(range(10)); print(t[8:2:-3], t[-3:])
d = {}; d.setdefault("a", []).append(1); d.setdefault("a", []).append(2); print(d)
d = {1: 1}; print(d.pop(1), d.pop(1, None), d)
d = dict.fromkeys("abc", 0); d.update(b=5); print(list(d.items()))
d = {"b": 1, "a": 2}; print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]), min(d, key=d.get))
s = {3, 1, 2}; print(s.pop() in {1, 2, 3}, len(s))
print(list(dict.fromkeys([3, 1, 3, 2, 1])))
print(list(reversed({"x": 1, "y": 2}.items())))
print([*{"a": 1}], [*{"a": 1}.values()], {**{1: 2}}, (*"ab",))
x = [1, 2, 3]; x[1:2] = iter([7, 8]); print(x)
x = [0] * 3; x[0:3] = range(5); print(x)
print("-".join(str(i) for i in range(5)), "".join([]) == "", " ".join(map(str, [1.5, None])))
print(str.join(",", ["a"]), list.__len__([1]), dict.get({"a": 1}, "a"))
print(sorted([1, 2, 3], key=lambda v: -v, reverse=True))
print(sorted(["a10", "a2", "a1"], key=lambda s: int(s[1:])))
print(max({"a": 3, "b": 5}.items(), key=lambda kv: kv[1]))
print([x for x in range(20) if x % 2 if x % 3])
print({x: y for x in range(3) for y in range(x)})
print([(x, y) for x in range(3) for y in range(3) if x < y])
print(list(zip(*[[1, 2, 3], [4, 5, 6]])))
print(dict(sorted({"b": 1, "a": 2}.items())))
'''
for s in snippets.strip().split("\n"):
    try:
        exec(s, {})
    except BaseException as e:
        print(s, "=>", type(e).__name__ + ":", e)
