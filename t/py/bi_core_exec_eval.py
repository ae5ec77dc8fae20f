print(eval("1 + 2"), eval("x * 2", {"x": 21}), eval("  3"))
ns = {}
exec("a = 5\ndef f(): return a + 1", ns)
print(ns["a"], ns["f"](), "__builtins__" in ns)
exec("b = 7")
print(b)
code = compile("c = 9", "<test>", "exec")
exec(code)
print(c, type(code).__name__)
print(eval(compile("40 + 2", "<e>", "eval")))
loc = {}
exec("y = 1", {}, loc)
print(loc)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
try:
    compile("x", "f", "bad")
except ValueError as e:
    print("ValueError:", e)
def g():
    z = 3
    return eval("z + 1")
print(g())
