print([1, 2, 3] == [1, 2, 3], [1, 2] == [1, 2, 3], [] == (), [1] != [1, 0])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], ['a'] < ['b'], [[1]] < [[2]], [(1, 2)] < [(1, 3)])
print([1, 2] <= [1, 2], [2] >= [1, 5], [] <= [], [0] > [])
nan = float('nan')
a = [nan]; print(a == a, a == [nan], [nan] == [float('nan')], a < a, a <= a)
class Eq:
    def __eq__(self, o): return True
print([Eq()] == [1], [1] == [Eq()], [Eq(), 1] == [2, 2])
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return self.v == o.v
print([Lt(1), Lt(2)] < [Lt(1), Lt(3)], [Lt(1)] < [Lt(1)])
print(sorted([[3, 1], [2], [2, 0], [], [3]]))
print(max([[1, 2], [1, 2, 0], [0, 9]]), min([(2, 'a'), (1, 'z'), (1, 'b')]))
