# f-strings: conversions, format specs, self-documenting expressions
name, n, pi = "world", 42, 3.14159
print(f"hello {name}!", f'{n}', F"{n:5d}|", f"{n:<5}|{n:^7}|{n:>4}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{pi:.2f} {pi:10.3f} {n:#x} {n:08b} {1234567:,}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|", f"{n:{'>'}{width}}|")
print(f"{n=}", f"{n = }", f"{pi=:.1f}", f"{name=!s}", f"{1+1=}")
print(f"{{literal}} {{{n}}}", f"{'{'}", f"a{{b")
print(f"{n * 2} {[i for i in range(3)]} {n if n else 0}")
print(f"{'nested ' + f'{n}'}", f"{3:{'0'}{2}}")
print(f"""{name
}""", f"{   n   }")
print(rf"\d{n}", fr'\n{name}')
