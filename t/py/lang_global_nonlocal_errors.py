srcs = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    nonlocal q\n",
    "nonlocal x\n",
    "def f(a):\n    global a\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f(a):\n    nonlocal a\n",
    "class C:\n    nonlocal z\n",
]
for s in srcs:
    try:
        compile(s, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
