# Python 2's `print >> f` gets CPython's hint; other >> errors do not
for a, b in ((print, None), (print, 1), (len, 1)):
    try:
        a >> b
    except TypeError as e:
        print(e)
x = print
try:
    x >>= 1
except TypeError as e:
    print(e)
