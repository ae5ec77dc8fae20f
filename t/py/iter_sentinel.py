def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

data = [1, 2, 3, 0, 4]
it = iter(data.pop, 3)
print(list(it), data)
count = [0]
def nxt():
    count[0] += 1
    if count[0] > 5: raise StopIteration
    return count[0]
print(list(iter(nxt, 100)))
class C:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(C(), 4)), next(iter(C(), 1), 'empty'))
it = iter(lambda: 'x', 'x'); print(list(it), list(it))
e(lambda: iter(1, 2))
e(lambda: iter([], 2))
e(lambda: iter(len, 1, 2))
def boom():
    raise ValueError('boom')
e(lambda: next(iter(boom, 0)))
print(type(iter(C(), 0)).__name__)
