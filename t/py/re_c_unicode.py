# Unicode subjects and IGNORECASE folding; category classes.
import re

tests = [
    (r'(?i)straße', 'STRASSE'), (r'(?i)ß', 'ẞ'), (r'(?i)ẞ', 'ß'), (r'(?i)\u0130', 'i'),
    (r'(?i)i', '\u0130'), (r'(?i)k', '\u212a'), (r'(?i)\u212a', 'k'), (r'(?i)[k]', 'K'),
    (r'(?i)σ', 'ς'), (r'(?i)Σ+', 'σςΣ'), (r'(?i)[α-ω]+', 'ΑΒΓ'), (r'(?i)[^a]', 'A'),
    (r'(?i)ǆ', 'ǅ'), (r'(?i)µ', 'Μ'), (r'(?i)ﬀ', 'FF'), (r'(?ia)k', '\u212a'),
    (r'(?i)(é)\1', 'éÉ'), (r'(?i)[é-ë]+', 'ÉÊË'), (r'(?i)[\u00e0-\u00ff]+', 'ÀÁÂ'),
    (r'\w+', 'naïve café 東京'), (r'(?a)\w+', 'naïve'), (r'\d+', '٣٤٥ 12'), (r'\s+', '\u3000\u2028\x1c'),
    (r'\W+', '東京 ! ?'), (r'\D+', 'ab٣'), (r'\S+', 'a\u00a0b'), (r'\b\w', 'é a'), (r'(?a)\b\w', 'é a'),
    (r'[^\x00-\x7f]+', 'abcäöü'), (r'.', '\U0001F600'), (r'\U0001F600{2}', '\U0001F600' * 3),
    (r'[\U0001F600-\U0001F64F]+', 'hi \U0001F600\U0001F601'), (r'(?x) \u00e9 +', 'éééx'),
    (r'(?i)\u1e9e', 'ss'), (r'(?i)[\u1e9e]', 'ß'), (r'(?i)ΐ', 'ΐ'), (r'(?i)\u2126', 'ω'),
    (r'^\w+$', 'ÅngströmΩ'), (r'(?m)^.$', 'é\nü'), (r'[ä-ö]', 'ü'), (r'é*?ü', 'ééü'),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(ascii(pat), ascii(s), m and ascii(m.group()), m and m.span(), re.findall(pat, s) == [x.group() for x in re.finditer(pat, s)])
print(ascii(re.sub(r'(?i)é', 'E', 'éÉe')), ascii(re.split(r'\s', 'a\u2003b c')))
print(ascii(re.sub(r'(\w)(\w*)', lambda m: m.group(1).upper() + m.group(2), 'élan vital ñu')))
s = 'αβγ' * 1000 + 'δ'
print(re.search('δ', s).span(), len(re.findall('β', s)), re.match('(?:αβγ)+', s).end())
p = re.compile(r'\w+')
text = 'żółw ' * 2000
pos, n = 0, 0
while True:
    m = p.search(text, pos)
    if not m:
        break
    n += 1
    pos = m.end()
print(n, pos)
import _sre
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
print([_sre.ascii_iscased(c) for c in (65, 97, 48, 0xe9)], [_sre.unicode_iscased(c) for c in (65, 0xe9, 0x5d0, 0x130)])
print([_sre.ascii_tolower(c) for c in (65, 97, 0xc9)], [_sre.unicode_tolower(c) for c in (65, 0xc9, 0x130, 0x212a, 0x1e9e)])
