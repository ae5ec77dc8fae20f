samples = ["", "abc", "ABC", "Abc", "a1", "123", "١٢٣", "½", "²", "Ⅻ", "一二三", " ", "\t\n", "\u3000", "\x1c", "\u200b",
           "abc def", "_x", "x_1", "1x", "é", "αβ", "a-b", "\x00", "ab\x7f", "€", "\U0001F600", "\u0378", "\xa0", "ǅ", "Ǆ"]
for s in samples:
    print(ascii(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print(sum(1 for i in range(0x10000) if chr(i).isalpha()), sum(1 for i in range(0x10000) if chr(i).isprintable()))
print(sum(1 for i in range(0x10000) if chr(i).isspace()), sum(1 for i in range(0x10000) if chr(i).isnumeric()))
print(sum(1 for i in range(0x10000) if chr(i).upper() != chr(i)), sum(1 for i in range(0x10000) if chr(i).isidentifier()))
