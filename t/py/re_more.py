import cpylib, re
cases = [
 (r'(?:(a)|b)*', 'abab'), (r'(a|b)*?c', 'abc'), (r'((a)|b)+', 'ab'), (r'(a*)+', 'aaa'), (r'(a*)*', 'b'),
 (r'(a|ab)(c|bcd)', 'abcd'), (r'^(?:a+|b+)*c', 'aabbc'), (r'x(?=y)y', 'xy'), (r'(?<=\d{3})x', '123x'),
 (r'(?<!\d)x', '1x x'), (r'\d{2,}?', '12345'), (r'[^\W\d_]+', 'ab1_c'), (r'(?i)straße', 'STRASSE'), (r'(?i)[ſ]', 's'),
 (r'(?i)k', '\u212a'), (r'(?i)[^a]', 'A'), (r'\s+', 'a \t\n b'), (r'[\s\S]+', 'x\ny'), (r'(?m)$', 'a\nb'),
 (r'(?m)^', 'a\nb'), (r'\Z', 'ab\n'), (r'\b', 'ab cd'), (r'\B', 'ab'), (r'(?:)', 'ab'), (r'a|', 'b'),
 (r'(?P<a>x)(?P<b>y)?(?(b)z|w)', 'xw'), (r'(a)(?(1)b|c)', 'ab'), (r'(?>a|ab)c', 'abc'), (r'(?:a|ab)c', 'abc'),
 (r'a*+a', 'aaa'), (r'(?:ab)*+ab', 'ababab'), (r'(?:ab)++', 'ababab'), (r'a{,3}', 'aaaa'), (r'a{3}', 'aaaa'),
 (r'[a-c-e]+', 'a-e'), (r'[\]]+', ']]'), (r'[]a]+', 'a]'), (r'\x41\u00e9\101', 'Aé\x41'), (r'\.\*', '.*'),
 (r'(\w+)@(\w+)\.com', 'mail: bob@example.com!'), (r'(?s).+', 'a\nb'), (r'.+', 'a\nb'), (r'(a)|(b)|(c)', 'c'),
 (r'(?P<first>a)(?P<second>b)', 'ab'), (r'(.)(?!\1)', 'aab'), (r'(a)\1{2}', 'aaaa'), (r'(?i)(a)\1', 'aA'),
 (r'é', 'É'), (r'(?i)é', 'É'), (r'\w+', 'naïve café'), (r'(?a)\w+', 'naïve'), (r'[à-ÿ]+', 'àéî'),
 (r'(?x) a b | c', 'ab'), (r'(a?)((ab)?)(b?)', 'ab'), (r'(a+|b+)*c', 'aabbc'), (r'^$', ''), (r'^a*$', 'aaa'),
]
for p, s in cases:
    try:
        m = re.search(p, s)
        print(p, repr(s), m and (m.span(), m.groups(), m.lastindex), [m.span() for m in re.finditer(p, s)][:6])
    except Exception as e:
        print(p, type(e).__name__, e)
print(re.split(r'\b', 'ab cd'), re.split(r'(?=b)', 'abab'), re.sub(r'(?<=a)', '-', 'aaa'), re.sub('', '-', 'ab'))
print(re.findall(r'(a)(b)?', 'aab'), re.findall(r'', 'ab'), re.subn(r'\w', lambda m: m.group().upper(), 'ab c', count=2))
print(re.fullmatch(r'(?:a|b)*', 'abba'), re.match(rb'(?i)AB', b'ab'), re.findall(rb'\d', b'a1b2'), re.escape(b'a.b'))
s = re.compile(r'(\d)').scanner('a1b2'); print(s.search().group(), s.search().group(), s.search())
print(re.compile('x', re.I).match('X', 0, 1), re.compile('x').search('axbx', 2), re.compile('^x').search('ax', 1), re.compile('x$').search('xa', 0, 1))
print(re.sub(r'(?P<n>\w)', r'\g<n>\g<0>', 'ab'), re.sub('a', r'\n', 'a'))
