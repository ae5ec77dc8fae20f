class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
print("{0}{1}{0}".format("x", "y"), "{}{}".format(1, 2), "{0[1]}{1.real}".format([5, 6], 3j))
print("{:>{w}}|{!r:^8}|{x!s}".format("r", "s", w=4, x=1.5))
print("{{}} {}".format(7), format(1234567.891, ",.2f"), "{:_b}".format(255), "{:#x}".format(255))
for bad in ["{", "}", "{0}{}", "{}{0}", "{a", "{0!z}", "{:d}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "{1}".format(0)
except IndexError as e:
    print(e)
try:
    "{x}".format()
except KeyError as e:
    print(repr(e))
print("{:%}".format(0.25), "{:e}".format(12345.678), "{:g}".format(1e-10), "{:=+8d}".format(42), "{:08.3f}".format(-3.14159))
print("{:c}".format(9731), "{:o}".format(-8), "{:X}".format(3054), "{:n}".format(1000))
