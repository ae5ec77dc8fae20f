# IndentationError and TabError details via compile()
cases = [
    "if x:\n  a\n b\n", "  x\n", "if x:\npass\n", "class C:\n", "for x in y:\n\n",
    "while 1:\nx\n", "try:\n  x\n", "def f():\nreturn\n", "x = 1\n  y = 2\n",
    "if 1:\n\tx\n        y\n", "with a:\nb\n", "try:\n x\nexcept:\ny\n",
    "try:\n x\nfinally:\ny\n", "if 1:\n x\nelif 2:\ny\n", "if 1:\n x\nelse:\ny\n",
    "match x:\n case 1:\n pass\n", "def f():\n  x\n    y\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
