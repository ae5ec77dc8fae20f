# pos/endpos bounds, empty and zero-width matches, repeat edge counts.
import re
p = re.compile('')
print(p.match('abc', 2, 1), p.fullmatch('abc', 2, 1), p.search('abc', 2, 1), p.findall('abc', 2, 1), list(p.finditer('abc', 2, 1)))
print(re.compile('a*').match('aaa', 3, 3), re.compile('$').search('abc', 3, 3))
print(p.scanner('abc', 2, 1).match(), p.scanner('abc', 2, 1).search())
print(re.compile(r'(?<=a)b').match('ab', 1), re.compile(r'\bb').match('ab', 1), re.compile(r'^b').match('ab', 1))
print(re.compile(r'a$').match('ab', 0, 1), re.compile(r'a\Z').match('ab', 0, 1), re.compile(r'(?=b)').match('ab', 1, 1))
print(re.compile(r'x{0}').match('x'), re.compile(r'x{0,0}?y').match('y'), re.compile(r'(?:x{0})+').match('x'))
print(re.compile(r'a{3,5}+').match('aaaaaaa'), re.compile(r'(?:ab){2,}+').match('ababab'))
print(re.match(r'(?:(?:a|b)*)*c', 'ababc'), re.match(r'(?:a*)*?b', 'aab'), re.match(r'(?:a?)+?b', 'aab'))
print(re.match(r'((?:a|b)*?)(c|$)', 'abab').groups(), re.match(r'(a*)+?$', 'aa').groups())
print(re.findall(r'(?:)', ''), re.split('', ''), re.sub('', 'x', ''), re.subn('$', '!', 'a\n'))
