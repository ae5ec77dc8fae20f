srcs = [
    "match x:\n case [a, a]: pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case [a] | [b]: pass",
    "match x:\n case [a, b] | [b, a]: pass",
    "match x:\n case [a] | [a, b]: pass",
    "match x:\n case {'a': 1, 'a': 2}: pass",
    "match x:\n case {1: 1, 1.0: 2}: pass",
    "match x:\n case C(a=1, a=2): pass",
    "match x:\n case C(x, a=y) | C(y, a=x): pass",
    "match x:\n case (a as b) | (b as a): pass",
    "match x:\n case [*a, a]: pass",
]
for s in srcs:
    try:
        compile(s, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
for s in ["match x:\n case y: pass\n case 1: pass",
          "match x:\n case _: pass\n case 1: pass",
          "match x:\n case y if y: pass\n case 1: pass",
          "match x:\n case 1 | y | 2: pass",
          "match x:\n case [y] | (z as y): pass",
          "match x:\n case [y | _]: pass",
          "match x:\n case (1 | _) as w: pass\n case 2: pass"]:
    try:
        compile(s, "<t>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
