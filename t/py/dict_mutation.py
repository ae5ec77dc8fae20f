def e(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as ex:
        print(type(ex).__name__ + ':', ex)

d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as ex:
    print('RuntimeError', ex)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as ex:
    print('RuntimeError', ex)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as ex:
    print('RuntimeError', ex)
print(d)
d = {1: 1}
try:
    for v in d.values():
        d.clear()
except RuntimeError as ex:
    print('RuntimeError', ex)
d = dict.fromkeys(range(5))
for k in list(d):
    d.pop(k)
print(d)
