import sys
def who():
    f = sys._getframe()
    return f.f_code.co_name, sys._getframe(1).f_code.co_name
def caller():
    return who()
print(caller())
f = sys._getframe()
print(f.f_code.co_name, f.f_globals is globals(), f.f_back)
def lineno():
    return sys._getframe(1).f_lineno
print(lineno())
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
def loc(a):
    b = 2
    return sorted(sys._getframe().f_locals.items())
print(loc(1))
