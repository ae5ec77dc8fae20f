# Issue 3 acceptance: CPython's own pure-Python modules on pyvm.
import cpylib
import keyword
print(keyword.iskeyword('for'), keyword.iskeyword('spam'), len(keyword.kwlist), keyword.issoftkeyword('match'))
import string
t = string.Template('$who likes ${what}!')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
f = string.Formatter()
print(f.format('{0}-{1!r}-{name:>5}-{0.real}-{l[1]}', 3, 'a', name='n', l=[7, 8]))
print(list(f.parse('a{0}b{1:x}{{c}}')), f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
print(string.capwords(' hello  world '), string.ascii_letters, string.digits, string.punctuation)
import heapq
h = [5, 1, 4, 2, 3]; heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.nlargest(2, [1, 5, 3]), heapq.nsmallest(2, [4, 1, 3]))
print(list(heapq.merge([1, 3, 5], [2, 4])), heapq.nlargest(2, ['aa', 'b', 'ccc'], key=len))
import bisect
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a, bisect.bisect_left(a, 4, key=None))
import fnmatch
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.fnmatchcase('Foo.PY', '*.py'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'))
print(fnmatch.translate('*.[ch]?'), fnmatch.fnmatch('x1', '[!a-c]?'))
import textwrap
text = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.dedent('    a\n      b\n    c'), textwrap.indent('a\nb', '> '), textwrap.shorten(text, 25))
import functools
print(functools.reduce(lambda a, b: a * b, range(1, 7)), functools.partial(max, 3)(5))
@functools.lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info().hits)
import collections
c = collections.Counter('mississippi')
print(c.most_common(2), collections.OrderedDict(a=1), collections.deque([1, 2], maxlen=2))
P = collections.namedtuple('P', ['x', 'y'], defaults=[0])
print(P(1), P(1, 2)._asdict(), collections.defaultdict(int, a=1))
print(collections.ChainMap({'a': 1}, {'b': 2})['b'], collections.UserList([1, 2]) + [3])
import dataclasses
@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)
p = Point(1, 2)
print(p, p < Point(1, 3), dataclasses.asdict(p), dataclasses.replace(p, x=9), [f.name for f in dataclasses.fields(p)])
