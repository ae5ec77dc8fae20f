print(max(3, 1, 2), min(3, 1, 2), max([1, 5, 2]), min("bca"), max([], default="d"), min((), default=None))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, 3, 3.0], key=lambda x: 0))
print(max([(1, "a"), (1, "b")]), min(iter([4, 2, 8])), max(1, 2, key=lambda v: -v))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=3), lambda: min([1, "a"]), lambda: max(1, 2, bogus=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([], start=5), sum([1.5, 2**64]))
for bad in [lambda: sum(["a"]), lambda: sum([1], "s"), lambda: sum([b"a"], b"")]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(all([]), any([]), all([1, 0]), any([0, "", None, 3]), all(x > 0 for x in [1, 2]), any(iter([])))
