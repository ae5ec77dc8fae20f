# Big subjects: the matcher's backtracking stack lives on the heap, so
# long repetitions of groups do not exhaust the C stack.
import re

s = 'ab' * 500_000
print(re.match(r'(a|b)*c', s))
m = re.match(r'(a|b)*', s)
print(m.end(), m.group(1), m.span(1))
print(re.match(r'(?:a|b)*?$', s).end())
print(re.match(r'(ab)*', s).span(1))
print(re.fullmatch(r'(?:ab)+', s) is not None, re.fullmatch(r'(?:ab)+b', s))
print(re.match(r'((a)(b))*', s).regs)
s2 = s[:20000]
print(len(re.findall(r'ab', s2)), len(re.split('b', s2)), len(re.sub('a', 'xy', s2)))
print(re.search(r'(?<=a)b$', s).span(), re.search(r'(?:a(?=b)b)+', s).end())
print(re.match(r'(?>(?:ab)*)', s).end(), re.match(r'(?:ab)*+', s).end(), re.match(r'(?:a|b)*+', s).end())
t = 'x' * 200_000 + 'y'
print(re.search(r'x*y', t).span(), re.search(r'x*?y', t).span(), re.match(r'(x)*y', t).span(1))
print(re.match(r'(?:x{1,3})*y', t).end(), re.match(r'(x+x+)+z', 'x' * 18))
print(re.search(r'(\w+)\s*=\s*(\w+)', ' ' * 100000 + 'k = v').groups())
u = 'é' * 300_000 + 'ü'
print(re.match(r'(é|è)*ü', u).span(), re.search('ü', u).start())
lines = '\n'.join('line %d value=%d' % (i, i * i) for i in range(2000))
vals = re.findall(r'(?m)^line (\d+) value=(\d+)$', lines)
print(len(vals), vals[-1], sum(int(v) for _, v in vals))
print(len(re.sub(r'(?m)^line', 'L', lines)), re.subn(r'\d', '#', lines)[1])
