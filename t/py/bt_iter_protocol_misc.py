l = [1, 2, 3]
it = iter(l); next(it); l.append(4); print(list(it))
it = iter(l); l.clear(); print(list(it))
d = {"a": 1}; it = iter(d); print(next(it))
s = "abc"; it = iter(s); print(next(it), list(it), list(it))
print(list(iter(range(3))), iter(it) is it, type(iter("")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)), sorted(Countdown(4)), 2 in Countdown(3), tuple(Countdown(2)), set(Countdown(2)) == {1, 2})
a, b, *c = Countdown(5); print(a, b, c)
print(dict.fromkeys(Countdown(2)), "".join(map(str, Countdown(3))), max(Countdown(5)), any(Countdown(0)))
it = iter([1, 2]); print(it.__length_hint__() if hasattr(it, "__length_hint__") else 2, list(it))
