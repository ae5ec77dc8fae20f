# f-strings with quotes, dicts, calls and lambdas
d = {"k": 1, 'j': [1, 2]}
print(f"{d['k']} {d['j'][1]}", f'{d["k"]}')
print(f"{len(d)} {sorted(d)} {', '.join(['a', 'b'])}")
print(f"{(lambda x: x * 2)(4)}")
print(f'''{"""triple"""}''', f"{'a' 'b'}")
x = 5
print(f"{x:>{x}}|", f"{x!r:>4}|", f"{'%d' % x}")
print(f"{x:{'<' if x > 3 else '>'}5}|")
items = [("a", 1), ("b", 22)]
for k, v in items:
    print(f"{k:3}:{v:>4}")
print(f"{3.0:g} {1e20:e} {0.5:%}")
print(f"{x}" f"{x}" "{x}")
