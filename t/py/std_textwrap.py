import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.wrap(s, 30))
print(textwrap.fill(s, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten("Hello  world, this is a long sentence", width=20), textwrap.shorten("short", 10), textwrap.shorten("a b c d e f", 7, placeholder='..'))
print(repr(textwrap.dedent("""\
    line one
      indented
    line three
""")))
print(repr(textwrap.indent("a\n\nb\n", '> ')), repr(textwrap.indent("a\n\nb", '+', lambda l: True)))
w = textwrap.TextWrapper(width=10, break_long_words=True, max_lines=3, placeholder=' ~')
print(w.wrap("supercalifragilistic expialidocious word list here"))
print(textwrap.wrap("tab\there", 8, expand_tabs=True, tabsize=4), textwrap.wrap("a-b-c-d-e-f-g", 4), textwrap.wrap("x-y z", 3, break_on_hyphens=False))
print(textwrap.wrap("Sentence one.  Two here.", 40, fix_sentence_endings=True), textwrap.wrap("   lead", 10, drop_whitespace=False))
print(textwrap.wrap(""), textwrap.fill("word " * 3, 100))
