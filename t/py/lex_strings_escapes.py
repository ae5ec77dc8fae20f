# escape sequences in str and bytes literals
print(repr('a\tb\nc\\d\'e"f'), repr("\a\b\f\v\r\0"))
print(repr('\x41\x7a'), repr('\101\60\7'), repr('\u00e9\u20ac'), repr('\U0001F600'))
print(repr('\N{EM DASH}'), repr("\N{LATIN SMALL LETTER E WITH ACUTE}"), len('\N{BULLET}'))
print(repr(r'\n\t\x41'), repr(R"\d+"), repr(rb'\x00'), repr(br'\\'))
print(repr(b'\x00\xff\n\101'), repr(B"abc"), len(b'\xff'), b'\x41'[0])
print(repr('\q\w'), repr(b'\q'))
print(repr('line1\
line2'))
print(repr(u'unicode'), repr(U'x'))
print('\'' == "'", "\"" == '"', '\\' == chr(92))
