# compile() modes: exec, eval, single; code object attributes
code = compile("a = 1\nb = a + 1\n", "<exec>", "exec")
ns = {}
exec(code, ns)
print(ns["a"], ns["b"], code.co_filename, code.co_name)
e = compile("1 + 2 * 3", "<eval>", "eval")
print(eval(e), eval("[x * 2 for x in range(3)]"))
s = compile("40 + 2\n", "<single>", "single")
exec(s)
exec(compile("None\n", "<single>", "single"))
exec(compile("'text'\n", "<single>", "single"))
g = {"y": 5}
print(eval("y * 2", g), eval("lambda q: q + y", g)(1))
exec("def f(n):\n    return n * 3\n", g)
print(g["f"](4))
try:
    eval("x = 1")
except SyntaxError as err:
    print("SyntaxError", err.msg)
print(eval("  1 + 1"), eval("\n(2)\n"))
