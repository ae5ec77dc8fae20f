# Errors: re.error from the parser (with positions), bad arguments.
import re

for pat in ['(', ')', '[a', 'a**', '(?P<1>a)', '(?P<a>a)(?P<a>b)', r'\1', '(?<=a*)b', '*a',
            '(?', '(?z)', r'\k', 'a{2,1}', '(?P=x)', r'(?(2)a|b)', '(a)(?(1)a|b|c)', 'x{99999999999}']:
    try:
        re.compile(pat)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), 'error:', e, '| pos', e.pos, 'lineno', e.lineno, 'colno', e.colno)
    except OverflowError as e:
        print(repr(pat), 'OverflowError:', e)
for repl in [r'\g<9>', r'\g<x', r'\g<-1>', r'\g<zz>', '\\', r'\q']:
    try:
        print(re.sub('(a)', repl, 'abc'))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)
p = re.compile('a')
for call in (lambda: p.match(), lambda: p.match('a', 'x'), lambda: p.sub('x'), lambda: p.split(),
             lambda: p.search('a', pos=1.5), lambda: p.findall(string=None),
             lambda: re.sub('a', 1, 'a')):
    try:
        print(call())
    except (TypeError, re.error) as e:
        print(type(e).__name__, e)
print(p.match(string='a'), p.search('ba', pos=1, endpos=2), p.findall('aaa', endpos=2))
print(re.sub('a', lambda m: 'x', 'aa', count=1), re.subn('a', 'b', 'aaa', 0))
try:
    re.sub('(a)', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    re.sub(b'(a)', lambda m: 'x', b'a')
except TypeError as e:
    print('TypeError:', e)
print(re.purge())
for f in (lambda: re.compile('a').match('a', bogus=1), lambda: re.compile('a').sub('a', 'b', x=1),
          lambda: re.match('a', 'a').groups(x=1), lambda: re.compile('a').split('a', maxsplit=1, y=2),
          lambda: re.compile('a').match('a', 0, 1, pos=1), lambda: re.compile('a').match(),
          lambda: re.compile('a').match('a', 0, pos=1), lambda: re.compile('a').findall('a', 0, 1, 2)):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
m = re.match('(a)', 'a')
print(m.expand(template=r'\1x'), m.expand(r'\1y'))
for f in (lambda: m.start(group=1), lambda: m.span(0, 1), lambda: m.group(x=1), lambda: m.groups(1, 2)):
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
