calls = [
    lambda: {}.get(x=1), lambda: {}.setdefault(x=1), lambda: {}.pop(x=1), lambda: dict.fromkeys(x=1),
    lambda: ().index(x=1), lambda: [].index(x=1), lambda: [].insert(x=1), lambda: [].pop(x=1),
    lambda: [].append(x=1), lambda: [].remove(x=1), lambda: [].count(x=1), lambda: set().add(x=1),
    lambda: b"a".replace(x=1), lambda: b"a".center(x=1), lambda: b"a".strip(x=1), lambda: b"a".partition(x=1),
    lambda: bytearray().zfill(x=1), lambda: bytearray(b"a").ljust(3, fill=b"x"), lambda: b"ab".removeprefix(prefix=b"a"),
    lambda: "a".strip(chars="a"), lambda: "a".center(5, fillchar="*"), lambda: "a".zfill(width=3), lambda: "a=b".partition(sep="="),
    lambda: "ab".translate(table={}), lambda: "ab".removesuffix(suffix="b"), lambda: "ab".count(x="a"), lambda: "ab".rfind(sub="a"),
]
for c in calls:
    try:
        print("ok", c())
    except TypeError as e:
        print(e)
print([3, 1, 2].sort(key=None, reverse=True), "a b".split(sep=None, maxsplit=1), b"a\nb".splitlines(keepends=True), "a\tb".expandtabs(tabsize=2))
