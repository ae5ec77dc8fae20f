def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

a = [1, 2, 3]
a.__init__([9]); print(a)
a.__init__(); print(a)
a.__init__('xy'); print(a)
a.__init__(a); print(a)
print(list([1, 2]) is not [1, 2], list(range(0)), list({}), list(set()), list(()), list(''))
print(list({1: 'a', 2: 'b'}.values()), list({1: 'a'}.items()), list(reversed(range(3))))
print(list(x for x in 'abc' if x != 'b'), list(map(lambda x: x, (1,))))
class G:
    def __iter__(self):
        yield 1
        yield 2
print(list(G()), [*G(), *G()], [*range(2), 5])
e(lambda: list(5))
e(lambda: list(None))
e(lambda: [].__init__(1, 2))
