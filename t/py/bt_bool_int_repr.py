print(True, False, repr(True), str(False), True + 1, True == 1, False == 0, type(True).__mro__, bool(), bool([]), bool([0]), bool(0.0), bool(0j), bool(""), bool(" "))
print(isinstance(True, int), int.__add__(True, True), True << 3, True / True, hash(True), f"{True:>6}", "%d %s" % (True, True), format(True, "d"), format(False, ""))
try:
    class B(bool): pass
except TypeError as e:
    print(e)
print(True & True, True ^ True, ~False, -True, abs(False), divmod(True, True), {True: "a", 1: "b"}, max(True, 2), sum([True, True, True]))
print(bool.__name__, bool(None), bool(NotImplemented) if False else "skip", True.real, True.numerator, True.bit_length(), (True).__bool__())
