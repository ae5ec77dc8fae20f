def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

d = {1: 'a', 2: 'b', 3: 'c'}
k = d.keys()
print(sorted(k & {2, 3, 4}), sorted(k | [4]), sorted(k - {1}), sorted(k ^ {3, 4}))
print(sorted({2, 3, 4} & k), sorted([4] | k), sorted({1, 5} - k), sorted((3, 4) ^ k))
print(sorted(k & {2: 0}.keys()), k == {1, 2, 3}, k != {1, 2}, k <= {1, 2, 3, 4}, k >= {1}, k < k, k > set())
i = d.items()
print(sorted(i & {(1, 'a'), (2, 'x')}), sorted(i - {(1, 'a')}), (1, 'a') in i, (1, 'b') in i, [1, 'a'] in i, 1 in i)
print(sorted(i | {(9, 'z')}), i == {(1, 'a'), (2, 'b'), (3, 'c')})
v = d.values()
print('a' in v, 'z' in v, sorted(v), len(v), list(reversed(v)))
e(lambda: v & {1})
e(lambda: v < v)
e(lambda: k < [1])
print(k.isdisjoint([5, 6]), k.isdisjoint(range(3)), i.isdisjoint({(1, 'a')}))
print(type(k & set()).__name__, type(k | set()).__name__, {}.keys() & {}.keys())
e(lambda: {[1]: 1}.items())
e(lambda: {1: [1]}.items() & {(2, 3)})
e(lambda: {1: [1]}.items() & {(1, 3)} if False else hash({1: 2}.items()))
