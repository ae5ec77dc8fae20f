def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(1) < v(0) < v(3))
print(1 == 1.0 == True, len is not None is not False, "a" in "abc" in ["abc"], 1 < 2 > 0 != 5)
x = 5
print(0 <= x < 10, not 0 < x, (0 < x) == True, [1, 2] < [1, 2, 0] < [1, 3], (1, "a") < (1, "b"))
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
print(None == None, None is None, float("nan") != float("nan"), [float("nan")] == [float("nan")] if False else "skip")
