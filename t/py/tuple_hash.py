for t in [(), (0,), (1,), (-1,), (-2,), (1, 2), (2, 1), (0, 0, 0), (1, (2, 3)), ((),), (2**62,), (2**63,), (-2**63,), (10**30, 7),
          (True,), (1.0,), (0.5, -0.25), (None is None,), tuple(range(10)), tuple(range(100))]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) == hash((True, 2)))
print(hash(frozenset({(1, 2), (3, 4)})), hash((frozenset(), frozenset({1}))))
print({(i % 3, i % 5) for i in range(15)})
print({(i, i) for i in range(20)})
print({(0, i) for i in range(-5, 5)})
