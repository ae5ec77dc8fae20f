import operator
from operator import itemgetter, attrgetter, methodcaller
print(itemgetter(1)([1, 2, 3]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 5}), itemgetter(slice(1, None))([1, 2, 3]))
class O: pass
o = O(); o.a = O(); o.a.b = 7; o.c = 1
print(attrgetter('c')(o), attrgetter('a.b')(o), attrgetter('c', 'a.b')(o))
print(methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'x', 1)('aaa'), methodcaller('get', 'z', 0)({}))
print(repr(itemgetter(1, 2)), repr(attrgetter('a.b')), repr(methodcaller('f', 1, k=2)))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=itemgetter(0, 1)))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(1, 4), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-2), operator.inv(5), operator.invert(0), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.getitem(l, -1))
print(operator.index(5), operator.length_hint([1, 2]), operator.length_hint(iter(range(7))), operator.length_hint(object(), 3))
print(operator.iadd([1], [2]), operator.iconcat([1], [3]), operator.imul(2, 3), operator.matmul.__name__, operator.__add__ is operator.add)
try:
    operator.index(1.5)
except TypeError as e:
    print(e)
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)
try:
    itemgetter()
except TypeError as e:
    print(e)
print(operator.call(len, 'abc') if hasattr(operator, 'call') else 3)
import _operator
print(_operator.__name__, operator.itemgetter.__module__, type(itemgetter(1)).__name__)
print(operator.attrgetter("c").__class__.__name__)
import pickle, copy
print(pickle.loads(pickle.dumps(itemgetter(1, 2)))((0, 1, 2)), copy.copy(attrgetter('c'))(o), pickle.loads(pickle.dumps(methodcaller('upper')))('x'))
