def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

a = []
for i in range(5):
    a.insert(0, i)
print(a)
for i in range(5):
    a.insert(len(a) // 2, -i)
print(a)
a.insert(-1, 'm'); print(a)
e(lambda: a.insert(2**100, 'big'))
print(a.pop(1), a.pop(-1), a.pop(), a)
e(lambda: a.pop(2**100))
e(lambda: a.pop('x'))
e(lambda: a.insert('x', 1))
while a:
    a.pop()
print(a)
e(lambda: a.pop())
e(lambda: a.pop(0))
b = [1, 2, 3]; del b[0]; del b[-1]; print(b)
e(lambda: b.__delitem__(5))
c = list(range(10)); del c[2:8]; print(c); del c[:]; print(c)
