l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print('RecursionError', e)
t = ()
for i in range(100000):
    t = (t,)
try:
    repr(t)
except RecursionError as e:
    print('RecursionError', e)
d = {}
for i in range(100000):
    d = {1: d}
try:
    repr(d)
except RecursionError as e:
    print('RecursionError', e)
a = [1]; b = [1]
for i in range(100000):
    a = [a]; b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
