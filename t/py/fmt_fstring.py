x, y, name = 42, 3.14159, "pyvm"
print(f"{x} {y} {name}", f"{x:5d}|{y:.2f}|{name:>8}|{name!r}|{name!a}", f"{x!s:>4}")
print(f"{x + 1} {x * 2:x} {'nested'} {[1, 2][0]} {{lit}}", f"{x:{y:.0f}}", f"{name:{'^'}{10}}")
w, p = 10, 3
print(f"{y:{w}.{p}f}|{y:<{w}}|", f"{'é😀':*^9}", f"{x=}", f"{x = }", f"{y=:.1f}", f"{name=!r}")
d = {"a": 1}
print(f"{d['a']}", f"{len(name)}", f"{x if x else 0}", f"{(lambda: 5)()}", f"{3.0:g}{1e100:.2e}")
print(f"{'a' 'b'}", f"a{x}b{y}c{name}d", f"""{x
}""", f'{"q"}', f"{x:,}", f"{1234567.891:_.2f}", f"{-0.0:z.1f}")
class C:
    def __format__(self, spec): return "C<" + spec + ">"
    def __repr__(self): return "Crepr"
    def __str__(self): return "Cstr"
c = C()
print(f"{c}", f"{c:abc}", f"{c!r}", f"{c!s}", f"{c!r:>8}")
