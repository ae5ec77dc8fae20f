import sys
sys.stderr = sys.stdout
snippets = r'''
def g():\n    yield 1\n    return 2\nit = g(); print(next(it)); print(next(it, "dflt"))
def g():\n    x = yield\n    yield x\nit = g(); print(it.send(None), it.send(5))
def g():\n    yield from g2()\ndef g2():\n    yield 1\n    raise ValueError("from g2")\ntry: list(g())\nexcept ValueError as e: print("caught", e)
def g():\n    try: yield\n    except GeneratorExit: print("exit seen"); raise\nit = g(); next(it); it.close(); print("closed")
def g():\n    yield 1\nit = g(); print(it.gi_code.co_name, it.gi_frame.f_lineno if it.gi_frame else None)
def g():\n    yield 1\nit = g(); list(it); print(it.gi_frame)
def g():\n    yield\nit = g(); next(it)\ntry: it.throw(ValueError)\nexcept ValueError as e: print("thrown", repr(e))
def g():\n    yield\nit = g(); next(it)\ntry: it.throw(ValueError, ValueError("v2"))\nexcept ValueError as e: print("thrown2", e)
def g():\n    it2 = iter([1, 2])\n    yield from it2\nx = g(); print(list(x))
def g():\n    r = yield from [1]\n    print("r", r)\nlist(g())
def g():\n    yield (yield 1)\nit = g(); print(next(it), it.send("s"), next(it, "end"))
def g():\n    try:\n        yield 1\n    finally:\n        yield 2\nit = g(); next(it)\ntry: it.close()\nexcept RuntimeError as e: print(e)
def g():\n    yield 1\nit = g()\ntry: it.send(5)\nexcept TypeError as e: print(e)
def g():\n    me = yield\n    next(me)\nit = g(); next(it)\ntry: it.send(it)\nexcept ValueError as e: print(e)
try:\n    raise ValueError("a")\nexcept ValueError as e:\n    try: raise TypeError("b")\n    except TypeError as t: print(repr(t.__context__))
try:\n    try: 1/0\n    finally: print("inner finally")\nexcept ZeroDivisionError: print("outer caught")
def f():\n    for i in range(3):\n        try: return i\n        finally:\n            if i == 0: continue\nprint(f())
def f():\n    try: raise KeyError\n    except KeyError: return "handled"\n    finally: print("fin")\nprint(f())
def f():\n    try: return 1\n    finally: pass\nprint(f())
e = None\ntry: raise ValueError\nexcept ValueError as e: pass\nprint("e" in dir())
try:\n    raise ValueError("x") from KeyError("k")\nexcept ValueError as e: print(repr(e.__cause__), e.__suppress_context__)
try:\n    raise ValueError\nexcept* ValueError as eg: print(type(eg).__name__, eg.exceptions)
'''
for s in snippets.strip().split("\n"):
    try:
        exec(s.replace("\\n", "\n"), {"__name__": "probe"})
    except BaseException as e:
        print(s[:30], "=>", type(e).__name__ + ":", e)
