import cpylib
import re
tests = [
 (r'a+b', 'xaaab'), (r'(a|b)*c', 'ababc'), (r'(\d+)-(\d+)', 'tel 12-345'),
 (r'^\w+$', 'hello'), (r'(?i)HeLLo', 'hello'), (r'a.c', 'a\nc'), (r'(?s)a.c', 'a\nc'),
 (r'(?m)^b', 'a\nb'), (r'x*', 'aaa'), (r'(a)(?:b)(c)?', 'ab'), (r'(?P<n>\w+)\s(?P=n)', 'hi hi'),
 (r'(?<=a)b', 'ab'), (r'(?<!a)b', 'cb'), (r'a(?=b)', 'ab'), (r'a(?!b)', 'ac'),
 (r'a{2,3}', 'aaaa'), (r'a{2,3}?', 'aaaa'), (r'(ab)+?', 'ababab'), (r'(?:a|ab)(c|bcd)(d*)', 'abcd'),
 (r'[a-z]+', 'ABC def'), (r'[^a-z]+', 'abc DEF'), (r'(?i)[a-z]+', 'ABC def'), (r'\bfoo\b', 'a foo b'),
 (r'(a*)*b', 'aaab'), (r'(a|)*', ''), (r'(?>a+)b', 'aaab'), (r'a++b', 'aaab'), (r'a++a', 'aaaa'),
 (r'(\w)\1', 'abccd'), (r'(x)?(?(1)a|b)', 'xa'), (r'[\d\s]+', 'ab 12 3x'),
 (r'é+', 'ééé'), (r'(?i)É', 'é'), (r'\W+', 'ab, cd'), (r'$', 'ab\n'), (r'\Aab\Z', 'ab'),
 (r'(a)|(b)', 'b'), (r'(?P<x>a)(?P<y>b)?', 'a'), (r'.*?x', 'abxcx'), (r'.*x', 'abxcx'),
]
for p, s in tests:
    m = re.search(p, s)
    print(p, repr(s), m, m and m.groups(), m and m.lastindex, m and m.lastgroup)
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2'), re.findall(r'a*', 'baaa'))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world'), re.subn('a', 'b', 'aaa', 2))
print(re.sub(r'\d', lambda m: str(int(m.group())*2), 'a1b2'), re.split(r'[,;]\s*', 'a, b;c'), re.split(r'(,)', 'a,b'))
print(re.split(r'x*', 'axbc'), re.fullmatch(r'a+', 'aaa'), re.fullmatch(r'a+', 'aab'), re.match('a|ab', 'ab').group())
print(re.fullmatch(r'a|ab', 'ab'))
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe x')
print(m.group(0, 1, 'last'), m.groupdict(), m.span(2), m.start('last'), m.end(), m[1], m.expand(r'\g<last>, \1'))
print(re.compile(r'ab', re.I | re.M), re.compile(b'ab'), re.compile('a').pattern, re.escape('a.b*c'))
print([m.span() for m in re.finditer(r'\w+', 'ab cd  ef')], re.search(rb'\d+', b'ab12').group())
print(re.compile(r'(?x) a  b # comment').match('ab'), re.match(r'(?a)\w+', 'abé'), re.match(r'\w+', 'abé'))
print(re.sub('(?i)b+', 'X', 'aBbBc'), re.match(r'(a)(b)(c)', 'abc').regs)
