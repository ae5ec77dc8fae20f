import cpylib
import copy, pickle, collections, collections.abc, itertools, functools
d = collections.deque([1, [2]], maxlen=5)
e = copy.deepcopy(d); e[1].append(3); print(d, e, copy.copy(d))
print(pickle.loads(pickle.dumps(d)), pickle.loads(pickle.dumps(collections.defaultdict(list, a=[1]))))
dd = collections.defaultdict(int); dd['x'] += 1; print(copy.deepcopy(dd), isinstance(d, collections.abc.MutableSequence))
print(pickle.loads(pickle.dumps(collections.OrderedDict(a=1))), pickle.loads(pickle.dumps(collections.Counter('aab'))))
P = collections.namedtuple('P', 'x y'); print(pickle.loads(pickle.dumps(P(1, 2))) if __name__ == '__main__' else '')
print(list(copy.copy(itertools.count(3)).__next__() for _ in range(1)), repr(pickle.loads(pickle.dumps(itertools.count(7)))))
print(functools.partial(int, base=2), pickle.loads(pickle.dumps(functools.partial(int, base=2)))("101"))
print(type(iter(d)).__name__, type(reversed(d)).__name__, collections.deque.__module__ if False else '')
