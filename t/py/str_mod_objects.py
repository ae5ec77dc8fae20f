class P:
    def __str__(self): return "P-str"
    def __repr__(self): return "P-repr"
    def __int__(self): return 7
    def __index__(self): return 8
    def __float__(self): return 2.5
p = P()
print("%s %r %a" % (p, p, p), "%d %x %o" % (p, p, p), "%f %.1e" % (p, p), "%c" % 0x263A)
print("%s" % (1,), "%s" % [1], "%s %s" % ("a", (1, 2)), "%r" % ("x",), "%5.2s|" % "abc", "%-+6d|" % 3, "% 05d" % 7)
print("%(x)s %(y)r %(x)5s" % {"x": "X", "y": 1.5}, "%%(x)s" % {}, "%(a)s" % {"a": None})
class M:
    def __getitem__(self, k): return k.upper()
print("%(abc)s-%(de)s" % M())
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%.3g %g %g" % (1234567, 0.00001234, 1e-5), "%#.3g %#x %#o" % (1.0, 0, 0))
print("%i" % 2**70, "%x" % -255, "%X" % 2**64, "%o" % -8, "%+x" % 10, "%e" % 2**70, "%d" % -0.0, "%s" % -0.0)
try:
    "%d" % p.__str__()
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %(a)s" % {"a": 1}
except TypeError as e:
    print("TypeError:", e)
