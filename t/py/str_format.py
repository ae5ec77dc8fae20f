print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{0}{0}".format("z"))
print("{{}} {{{}}}".format(5), "{:>5}|{:<5}|{:^5}".format("a", "b", "c"))
class P:
    x = 10
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
print("{0.x} {0!r} {0!s} {0!a}".format(P()), "{a[0]} {a[1]} {d[key]} {d[1]}".format(a=[7, 8], d={"key": "v", 1: "int"}))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}}".format("x", 4), "{0:{1}}".format(5, "03"))
print("{!r:>10}".format("hi"), "{0[0].x}".format([P()]))
print("{:,}".format(1234567), "{:_b}".format(255), "{:#x}".format(255), "{:e}".format(12345.678))
print("{}".format("é😀"), "{:😀^7}".format("é"), "{:*<6}".format("ab"))
print("{name}".format_map({"name": "map"}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
errs = ["{", "}", "{0", "{0!}", "{0!x}", "{0:{1:{2}}}", "{} {0}", "{0} {}", "{2}", "{x}", "a}b", "{0.}", "{0[}", "{0]x}", "{!r}"]
for e in errs:
    try:
        print(repr(e.format(1, 2)))
    except (ValueError, IndexError, KeyError) as ex:
        print(repr(e), type(ex).__name__, ex)
