g = {"x": 10}
l = {}
exec("y = x + 1\ndef f(): return x * 2", g, l)
print(l["y"], sorted(k for k in l), l["f"](), "__builtins__" in g)
print(eval("x + y", g, l), eval("[a * 2 for a in range(3)]"), eval("  1 + 1\n"))
code = compile("z = 5\nprint('in exec', z)", "<str>", "exec")
ns = {}; exec(code, ns); print(ns["z"], code.co_filename, type(code).__name__)
e = compile("3 * 4", "<e>", "eval"); print(eval(e))
s = compile("1 + 2", "<s>", "single"); exec(s)
exec("print('globals only')", {})
try:
    eval("1 +")
except SyntaxError as err:
    print(type(err).__name__, err.msg if hasattr(err, "msg") else err)
try:
    exec("raise KeyError('k')")
except KeyError as err:
    print("KeyError", err)
try:
    eval("undefined_name", {})
except NameError as err:
    print(err)
try:
    compile("x", "<c>", "bogus")
except ValueError as err:
    print(err)
def scope():
    a = 1
    return eval("a + 1"), sorted(locals())
print(scope())
gl = {"__builtins__": {"len": len}}
print(eval("len('abc')", gl))
try:
    eval("print(1)", gl)
except NameError as err:
    print(err)
print(eval("x", {"x": 1}, {"x": 2}), eval("__name__", {"__name__": "custom"}))
