samples = ["", "abc", "ABC", "Abc", "123", "١٢٣", "½", "²", "a1", " \t\n", "\x1c", "αβ", "_x", "1x", "Ⅻ", "x y", "\u00a0"]
for s in samples:
    print(repr(s), [int(f()) for f in (s.isalpha, s.isalnum, s.isdigit, s.isdecimal, s.isnumeric,
        s.isspace, s.islower, s.isupper, s.istitle, s.isidentifier, s.isprintable, s.isascii)])
