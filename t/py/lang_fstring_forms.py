x, w, p = 3.14159, 10, 3
name = "Ada"
print(f"{x:{w}.{p}f}|{name!r:>8}|{name!s}|{name!a}|{'é'!a}")
print(f"{x=}", f"{name = }", f"{x=:.2f}", f"{1+1=}", f"{name=!s}")
print(f"{{literal}} {x:>{w}} {'nested ' + f'{name}'}")
d = {"k": [1, 2]}
print(f"{d['k'][1]}", f"{len(d)}", f"{(lambda v: v * 2)(4)}", f"{3:#06x}", f"{-5:+}", f"{1e6:,.0f}", f"{12345678:_}")
print(f"{'a' if x > 3 else 'b'}", f"{x!r:>20}", f"{[1, 2]!s:^10}|", f"{None}", f"{True:d}")
class F:
    def __format__(self, spec): return f"<F {spec!r}>"
print(f"{F()}", f"{F():xyz}", f"{F()!s:5}"[:5] if False else "", format(F(), "q"))
print(f"""multi
{name}""", rf"\n{name}")
