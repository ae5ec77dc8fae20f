for b in [b'\x81', b'a\x81\x8d', bytes(range(0x80, 0x100))]:
    for err in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            print(ascii(b.decode('cp1252', err)))
        except UnicodeDecodeError as e:
            print(e)
for s in ['\u0100', 'ab\u0100\u0101c', 'é€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ', 'x\udc81']:
    for err in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape"]:
        try:
            print(s.encode('windows-1252', err))
        except UnicodeEncodeError as e:
            print(e)
print(b'\x80\x81'.decode('cp1252', 'replace'), '\xe9\u20ac\u0100'.encode('CP1252', 'replace'))
for s in ["é", "\xff", "\x80"]:
    for enc in ["ascii", "latin-1"]:
        try:
            print(s.encode(enc), s.encode(enc).decode(enc) == s)
        except UnicodeEncodeError as e:
            print(e)
