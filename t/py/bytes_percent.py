print(b"%s %d %x %r %a %c %c %5s| %-5b| %.1f %%" % (b"b", 5, 255, b"r", "é", 65, b"z", b"ab", b"cd", 2.25))
print(b"%(k)s-%(n)03d" % {b"k": b"v", b"n": 7}, b"%s" % bytearray(b"ba"), b"%s" % memoryview(b"mv"), bytearray(b"%d") % 5)
for f, a in [(b"%s", ("str",)), (b"%d", (b"x",)), (b"%c", (256,)), (b"%c", (b"ab",)), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%y", (1,))]:
    try:
        print(f % a)
    except (TypeError, ValueError, OverflowError) as e:
        print(f, type(e).__name__, e)
