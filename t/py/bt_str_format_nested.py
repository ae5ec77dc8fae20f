print("{0:{1}{2}}".format(3.14159, ">10", ".2f"))
print("{:{}{}}".format("x", "^", 7), "{0!r:>{1}}".format("q", 6), "{a[0]:{b}}".format(a=[5], b="03"))
print("{0.real:.1f} {0.imag:.1f}".format(1 + 2j), "{d[k]}".format(d={"k": "v"}), "{0[0][1]}".format(["ab"]))
print("{!s:3}|{!r:3}|{!a}".format("é", "é", "é"), "{:}".format(5), "{0:}".format("s"), "{:s}".format("t"))
for bad in ["{0:{1}}", "{:{:{}}}", "{0.}", "{0[}", "{!}", "{0!r:{}}"]:
    try:
        print(bad.format(1, 2, 3))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print("{0}{0}{0}".format("ab"), "{}-{}".format(*"xy"), "{x}{y}".format(**{"x": 1, "y": 2}), "{:*^9}".format("mid"))
class A:
    attr = "attrval"
print("{0.attr} {0.attr!r}".format(A()))
try:
    "{0.nope}".format(A())
except AttributeError as e:
    print(e)
