for s in ["a", "_", "_1", "1a", "a b", "", "é", "ñandú", "αβγ", "変数", "x\u0301", "\u0301x", "a-b", "if", "None", "ℕ", "℘", "·", "a·b", "🐍", "\u2160", "a\u200d"]:
    print(ascii(s), s.isidentifier())
