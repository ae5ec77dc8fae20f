def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

a = [1, 2]
print(a + [3], a * 3, 3 * a, a * 0, a * -1, [] * 5)
b = a; b += [3]; print(a, b is a)
b += (4, 5); print(a)
b += range(6, 8); print(a)
b *= 2; print(a, b is a)
b *= 0; print(a)
c = [[]] * 3; c[0].append(1); print(c)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] <= [1, 2], [] < [0], [1, 2] >= [1])
print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], [1] in [[1]], float('nan') in [float('nan')])
n = float('nan'); print(n in [n], [n] == [n])
e(lambda: [1] + (1,))
e(lambda: [1] + 'a')
e(lambda: [1] * 'a')
e(lambda: [1] * 1.0)
e(lambda: [1] < (1,))
e(lambda: [1] < ['a'])
e(lambda: hash([]))
x = [1, 2, 3]
it = iter(x); print(next(it)); x.append(4); print(list(it))
print(list(reversed([1, 2, 3])), list(reversed([])))
r = reversed(x); x.pop(); print(list(r))
print(bool([]), bool([0]))
print([i * i for i in range(5)])
print(sum([[1], [2], [3]], []))
