# Captures after backtracking follow CPython exactly, including where
# CPython keeps a group rewritten inside a failed alternative (possessive
# repeats, branches outside REPEAT) and lastindex/lastgroup.
import re

cases = [
    (r'(?:(a)|b)*+', 'abab'), (r'(([a-c]+)|([a-c]+)?)++\1\1', 'c1A ab xb1c'),
    (r'(?:(a)|b)*', 'abab'), (r'(?:(.)x|..)*', 'axbc'), (r'((a)|b)+', 'ab'),
    (r'(?:(a)(b)?)+', 'aba'), (r'(a)?(?:b\1|c)', 'abac'), (r'(?>(a)|b)*c', 'abac'),
    (r'(?:(a)|(b))*?c', 'abc'), (r'(?=(a))?a', 'a'), (r'(?!(a)b)a', 'ac'),
    (r'(?:(?P<x>a)|(?P<y>b))+', 'ab'), (r'(a|(b))+?c', 'abc'), (r'(?:(a)b|ac)+', 'abac'),
    (r'(?:x(a)|x)*y', 'xaxy'), (r'((a)|(b))*+c', 'bac'), (r'(?:(a)|b){2,3}+', 'aab'),
    (r'(a)*(?(1)b|c)', 'aab'), (r'(?:a|(b))*(?(1)x|y)', 'aby'), (r'(?:(a)c|a)*b', 'acab'),
]
for pat, s in cases:
    for m in re.finditer(pat, s):
        print(repr(pat), repr(s), m.span(), m.groups(), m.lastindex, m.lastgroup)
    print('   ', re.findall(pat, s), re.sub(pat, lambda m: repr(m.groups()), s))
