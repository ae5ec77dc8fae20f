# bytes, bytearray and memoryview subjects; flags; repr, equality, copy, pickle.
import re, copy, pickle

p = re.compile(rb'(\w+)=(\d+)')
for subj in (b'a=1 bb=22', bytearray(b'a=1 bb=22'), memoryview(b'a=1 bb=22')):
    m = p.search(subj)
    print(type(subj).__name__, m.group(0), m.groups(), m.span(), type(m.string).__name__)
    print('  ', p.findall(subj), p.split(subj), p.sub(rb'\2=\1', subj) if not isinstance(subj, memoryview) else '', p.subn(b'X', subj))
    print('  ', [x.group(1) for x in p.finditer(subj)], p.sub(lambda m: m.group(1).upper(), subj))
print(re.match(rb'(?i)ABC', b'abc'), re.match(rb'\w+', b'caf\xe9'), re.match(rb'(?L)\w+', b'abc'))
print(re.findall(rb'[\x80-\xff]+', b'a\x80\x81b\xff'), re.sub(rb'\s+', b' ', b'a \t\n b'))
print(re.match(rb'.', b'\n'), re.match(rb'(?s).', b'\n'), re.search(rb'\d\Z', b'a1'))
print(re.match(b'a', b'A', re.I | re.L) if False else None)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError:', e)

for flags in (0, re.I, re.M, re.S, re.X, re.A, re.I | re.M | re.S, re.U, re.DEBUG & 0):
    print(re.compile(r'a.b', flags))
print(re.compile(rb'a.b', re.I | re.L), re.compile(b'x'), re.compile('x' * 300).pattern[:5])
print(repr(re.compile('x' * 300))[:30], len(repr(re.compile('x' * 300))))
print(re.compile('a', re.I) == re.compile('a', re.I), re.compile('a') == re.compile('b'),
      re.compile('a') == re.compile(b'a'), re.compile('a') != re.compile('a', re.M))
print(hash(re.compile('ab')) == hash(re.compile('ab')))
p = re.compile(r'(?P<n>\d+)', re.M)
print(copy.copy(p) is p, copy.deepcopy(p) is p, pickle.loads(pickle.dumps(p)) == p)
m = p.search('ab 12')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(type(p), type(m), type(p).__name__, type(m).__module__, re.Pattern, re.Match)
print(isinstance(p, re.Pattern), isinstance(m, re.Match), bool(m), re.Pattern[str], re.Match[bytes])
try:
    re.Pattern()
except TypeError as e:
    print('TypeError:', e)
try:
    re.Match()
except TypeError as e:
    print('TypeError:', e)
print(type(p.finditer('1 2')).__name__, type(p.scanner('1')).__name__)

m = re.search(r'(a)(?P<b>b)?', 'xa')
for g in (0, 1, 2, 'b', -0):
    print(g, m.group(g), m.start(g), m.end(g), m.span(g))
for bad in (3, -1, 'zz', 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print(repr(bad), 'IndexError:', e)
try:
    m.group([])
except TypeError as e:
    print('TypeError:', e)
print(m.group(True), m[False])
print(repr(re.match('a*', 'a' * 100)))
print(re.search(r'\d+', 'abc 123 def'))
