# Pattern/Match/Scanner objects: pickling, subclasses of str, flags, scanner, expand.
import re, pickle, copy
m = re.match('(a)', 'a')
for f in (lambda: pickle.dumps(m), lambda: pickle.dumps(re.compile('a').scanner('a'))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
p = re.compile('(?P<a>x)')
print(p.groupindex, type(p.groupindex).__name__)
try:
    p.groupindex['b'] = 2
except TypeError as e:
    print('TypeError', e)
print(dir(m)[-12:])
print([n for n in dir(p) if not n.startswith('__')])
print(re.compile('a').match('a').__class__.__name__, m.re is re.compile('(a)') , m.string)
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('(?:a|ab)*?', 'abab'))
print(re.search(r'(?<=\b)x', 'a x'), re.search('(?<!^)a', 'aa'))
class S(str): pass
m2 = re.match('(a)b', S('abc'))
print(type(m2.string).__name__, type(m2.group()).__name__, type(m2.group(1)).__name__, type(re.sub('z', 'y', S('ab'))).__name__)
print(type(re.sub('a', 'y', S('ab'))).__name__, re.split('b', S('abc')), [type(x).__name__ for x in re.split('b', S('abc'))])
print(re.sub('a', 'b', bytearray(b'aa')), type(re.match(b'a', bytearray(b'a')).group()))
print(re.match('a', 'a') == re.match('a', 'a'), hash(m) == hash(m))
print(re.compile(r'\d', re.A).flags, re.compile(r'\d').flags, re.compile(rb'\d').flags)
print(re.compile('(?i)a').flags, re.compile('a', re.I|re.M).flags == (re.I|re.M|re.U))
print(m.__copy__() is m, p.__deepcopy__({}) is p)
import array
print(re.findall(b'a', array.array('b', b'xaya')))
print(re.search('a', 'ba', pos=-5), re.search('a', 'ba', endpos=-1), re.match('', '', 5, 3))
it = re.finditer('a', 'aa'); print(next(it), iter(it) is it)
print(re.compile('x').scanner('xx').match(), re.compile('x').scanner('xx', 1).search())
print(m.regs, m.span(0), m.expand(r'\1\1'), m.expand(b'x' if False else r'\g<1>!'))
