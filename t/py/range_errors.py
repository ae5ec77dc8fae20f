def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

e(lambda: range())
e(lambda: range(1, 2, 3, 4))
e(lambda: range(1, 2, 0))
e(lambda: range(0.5))
e(lambda: range(1, 'a'))
e(lambda: range(x=1))
e(lambda: range(5)[5])
e(lambda: range(5)[-6])
e(lambda: range(5)[None])
e(lambda: range(5)[1.0])
e(lambda: range(5).index(5))
e(lambda: range(5).index())
e(lambda: len(range(2**63)))
e(lambda: range(5)[::0])
e(lambda: range(3) < range(4))
e(lambda: range(3) + range(2))
e(lambda: range(3).__setitem__(0, 1))
class I:
    def __index__(self): return 4
print(range(I()), range(1, I()), range(10)[I()], range(I(), 10, I()))
print(range(True), range(False, True), range(-2**64, -2**64 + 1))
