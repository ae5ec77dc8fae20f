print(repr(b'a\\nb\\t\\x41\\u00e9\\U0001F600\\101\\\\'.decode('unicode_escape')))
print('a\nb\t\xe9\u20ac\U0001F600\\\'"\x00\x7f\xa0'.encode('unicode_escape'))
print('a\n\xe9\u20ac\U0001F600\\'.encode('raw_unicode_escape'), b'\\u00e9\\n\xe9'.decode('raw_unicode_escape'))
for b in [b'\\x4', b'\\u12', b'abc\\', b'\\U11111111', b'\\x4g', b'ok\\']:
    for err in ['strict', 'replace', 'ignore']:
        try:
            print(repr(b.decode('unicode_escape', err)))
        except UnicodeDecodeError as e:
            print(type(e).__name__, e)
s = "".join(chr(i) for i in range(0, 0x300, 3)) + "\U0001F600\ud800"
print(s.encode('unicode_escape').decode('unicode_escape') == s, s.encode('raw_unicode_escape').decode('raw_unicode_escape') == s)
print(b'\\a\\b\\f\\v\\0\\7\\77\\377\\\n'.decode('unicode_escape').encode('unicode_escape'))
print(repr(b'\xe9\\u0041'.decode('unicode-escape')), 'é'.encode('unicode-escape'), codecs_ok if False else "ok")
