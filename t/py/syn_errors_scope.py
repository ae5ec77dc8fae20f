# errors found by the symbol table and the compiler
cases = [
    "def f():\n  print(x)\n  global x\n", "def f(a):\n  global a\n",
    "def f():\n  global x\n  nonlocal x\n", "nonlocal x\n", "def f():\n  x = 1\n  nonlocal x\n",
    "class C:\n  [y := 1 for i in range(3)]\n", "[i := 0 for i in range(3)]\n", "yield\n",
    "class C:\n  yield 1\n", "[(yield x) for x in y]\n", "await x\n", "def f():\n  await x\n",
    "def f(a, b, a): pass\n", "lambda a, a: 1\n", "x: int = 1\nglobal x\n",
    "for x in y:\n  def g():\n    break\n", "async def f():\n  yield from x\n",
    "f(a, a=1, a=2)\n", "del *a\n", "x = *a\n", "*a = 1\n", "a, *b, *c = x\n",
    "from __future__ import braces\n", "def f():\n  nonlocal y\n", "return\n", "break\n",
    "continue\n", "def f(x):\n  nonlocal x\n", "__debug__ = 1\n", "f(__debug__=1)\n",
    "def f():\n  x = 1\n  def g():\n    nonlocal x\n    x = 2\n  return g\n",
    "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass\n",
    "while 1:\n  try:\n    pass\n  finally:\n    continue\n",
    "from __future__ import nope\n",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset)
