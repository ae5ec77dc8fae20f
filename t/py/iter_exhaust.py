for make in (lambda: iter([1, 2]), lambda: iter((1, 2)), lambda: iter(range(2)), lambda: iter({1: 0, 2: 0}), lambda: iter({1, 2}),
             lambda: enumerate([1, 2]), lambda: zip([1, 2], [3, 4]), lambda: map(abs, [1, 2]), lambda: filter(None, [1, 2]),
             lambda: reversed([1, 2]), lambda: reversed(range(2)), lambda: iter({1: 0}.items()), lambda: reversed({1: 0, 2: 0})):
    it = make()
    print(type(it).__name__, list(it), list(it), next(it, 'end'))
gen = (x * 2 for x in range(3))
print(list(gen), list(gen))
z = zip([1, 2, 3], [1])
print(list(z), list(z))
