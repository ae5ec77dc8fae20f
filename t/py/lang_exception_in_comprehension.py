def boom(x):
    if x == 2: raise ValueError(f"bad {x}")
    return x
try:
    [boom(i) for i in range(5)]
except ValueError as e:
    print(e)
try:
    {i: 1 / (i - 1) for i in range(3)}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def gen():
    yield 1
    raise KeyError("in gen")
try:
    print([x for x in gen()])
except KeyError as e:
    print(repr(e))
try:
    sorted([3, 1], key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print("sorted key", e)
try:
    list(map(lambda v: v.missing, [1]))
except AttributeError as e:
    print(e)
res = []
for i in range(4):
    try:
        res.append(10 // (i - 2))
    except ZeroDivisionError:
        res.append(None)
print(res)
