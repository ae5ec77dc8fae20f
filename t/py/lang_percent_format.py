print("%s %r %a %d %i %u %o %x %X %e %E %f %F %g %G %c %c %%" % ("s", "r", "é", 1, 2, 3, 8, 255, 255, 1.5, 1.5, 2.25, 2.25, 1e-7, 1e20, 65, "Z"))
print("%5s|%-5s|%05d|%+d|% d|%.3s|%*d|%-*d|%.*f" % ("a", "b", 42, 5, 5, "abcdef", 4, 7, 4, 7, 2, 3.14159))
print("%(a)s-%(b)05.1f" % {"a": "x", "b": 2.345}, "%#o %#x %#X" % (8, 255, 255), "%s" % [1, 2], "%s" % (1,))
for bad in [lambda: "%d" % "s", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2), lambda: "%z" % 1, lambda: "%(a)s" % 1, lambda: "%c" % 1114112, lambda: "%c" % "ab"]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print("%d" % 3.99, "%x" % -255, "%.0f" % 2.5, "%.2e" % 0, "%g" % 100000, "%g" % 1000000, "%s" % None, "%r" % "q'\"")
print(b"%s %d %x %c %b" % (b"by", 5, 255, 65, b"x"), b"%5s" % b"a", b"%a" % "é", b"%r" % b"x")
try:
    b"%s" % "str"
except TypeError as e:
    print(e)
