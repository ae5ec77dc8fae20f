import itertools as it
import operator
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.count(1.5, 0.5), 3)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
print(repr(it.count(3)), repr(it.count(1, 2)), repr(it.repeat(1, 2)), repr(it.count(1.0)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([1, 2], initial=10)), list(it.accumulate([])))
print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['xy', 'z'])), list(it.compress('abcdef', [1, 0, 1, 0, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(it.islice('abcdefg', 2)), list(it.islice('abcdefg', 2, 6, 2)), list(it.islice('abc', None)), list(it.islice(range(10), 1, None, 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.tee([1, 2], 3)[2]), list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.pairwise('abcd')))
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], 'x')), list(it.product()))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(4)))), list(it.permutations([])))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('ab', 2)), list(it.combinations('ab', 3)))
a, b = it.tee(iter([1, 2, 3])); print(next(a), list(b), list(a))
try:
    it.islice('a', -1)
except ValueError as e:
    print(e)
try:
    list(it.permutations('ab', -1))
except ValueError as e:
    print(e)
g = it.groupby('aab'); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
print(type(it.chain()).__name__, it.chain.__name__, type(it.count()).__module__ if False else '', it.tee.__name__)
c = it.count(); next(c); print(next(c), list(it.islice(it.count(10, -3), 3)))
z = it.zip_longest([1], [2, 3]); print(list(z), list(it.zip_longest()))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')))
def gen():
    yield 1; yield 2
print(list(it.chain(gen(), gen())), sum(it.repeat(2, 5)), list(map(pow, range(3), it.repeat(2))))
print(list(it.product(range(2), range(2), range(2)))[-1], list(it.islice(it.cycle([]), 3)))
import copy, pickle
print(list(copy.copy(it.count(3)).__next__() for _ in range(1)))
