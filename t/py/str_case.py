for s in ["hello world", "Hello World", "HELLO", "hello", "", "123", "a1b2", "ǅungla", "ŉ", "ß", "ﬃ", "they're bill's friends from the UK",
          "ΣΑΣ", "aΣ", "Σ", "αΣ.", "İstanbul", "i̇", "ǈ", "ᾳ", "Ⅷ", "ⓐ", "ÀÁÂ"]:
    print(repr(s), s.lower(), s.upper(), s.casefold(), s.swapcase(), s.capitalize(), s.title())
    print(" ", s.islower(), s.isupper(), s.istitle(), s.isalpha(), s.isalnum())
