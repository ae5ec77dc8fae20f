for s in ["hello world", "HELLO WORLD", "hello-world foo_bar", "they're bill's", "3rd place", "αβγ δεζ", "ǆemal ǉubljana", "ßtraße", "ﬁsh ﬂy", "o'neil mcdonald", "", "  ", "a1b2c3", "x\u0301y"]:
    print(repr(s.title()), repr(s.capitalize()), s.istitle(), s.title().istitle(), repr(s.swapcase()))
