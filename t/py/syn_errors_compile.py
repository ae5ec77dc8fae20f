# SyntaxError details for many bad sources, via compile()
cases = [
    "x = (1,\n", "x = 1)\n", "x = [1, 2)\n", "x = [1,\n 2)\n", "x = 0123\n", "x = 1abc\n",
    "x = 0x\n", "x = 0o8\n", "x = 1_\n", "x = 0b2\n", "x = 1.2j3\n", "x = $\n", "x = a ? b\n",
    "x = 1 +\n", "print 'x'\n", "f(a=1, 2)\n", "def f(a=1, b): pass\n", "1 = x\n", "f() = 1\n",
    "if x\n  pass\n", "x = [1 2]\n", "a b c\n", "f(**x, *y)\n", "(a, b) += 1\n", "del f()\n",
    "x = 1 if 2\n", "f(x for x in y, 1)\n", "import\n", "from x import\n", "def f(*): pass\n",
    "def f(**k, a): pass\n", "a.b = = 1\n", "else:\n pass\n", "x = 1 = 2\n", "None = 1\n",
    "x.None = 1\n", "if x = 1:\n pass\n", "if f() = 1:\n  pass\n", "(x for x in y) = 1\n",
    "[x for x in y] = 1\n", "a + 1 = 2\n", "def f(x):\n  return x +\n", "lambda x: yield\n",
    "x = {1: 2, 3}\n", "f(x.y=1)\n", "for 1 in x: pass\n", "with a as 1: pass\n",
    "x = 'abc\n", "x = '''abc\n\n", "x = 'a' 'b\n", "class C(:\n pass\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
