def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

a = {1, 2}; b = {1, 2, 3}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == b, a != b, b < a)
print(a == frozenset([1, 2]), frozenset([1, 2]) == a, frozenset([1]) < b, {1} < frozenset([1, 2]))
print(set() < {1}, set() <= set(), set() == frozenset(), {1} > set())
print({1, 2} == {2, 1}, {1} == [1], {1} != (1,), {(1, 2)} == {(1, 2)})
e(lambda: a < [1, 2, 3])
e(lambda: a <= 5)
print(sorted([{3}, {1, 2}, {1}], key=len), max([{1}, {1, 2}], key=len))
x = {1, 2, 3}
print(x.issubset(x), x.issuperset(x), x < x, x > x)
print(frozenset({1, 2}) in {frozenset({2, 1}): 1}, {frozenset({1})} == {frozenset([1])})
