def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

a = {'x': 1, 'y': 2}; b = {'y': 20, 'z': 30}
print(a | b, b | a, a | {}, {} | a)
c = a.copy(); c |= b; print(c)
c |= [('w', 0)]; print(c)
c |= {'x': -1}.items(); print(c)
e(lambda: a | [('k', 1)])
e(lambda: [('k', 1)] | a)
e(lambda: a | 1)
def f():
    c = {}
    c |= 5
e(f)
class D(dict): pass
r = D(a=1) | {'b': 2}; print(r, type(r).__name__)
r = {'b': 2} | D(a=1); print(r, type(r).__name__)
