import sys
def f():
    return f()
try:
    f()
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(100)
def g(n):
    return g(n + 1) if n < 1000 else n
try:
    g(0)
except RecursionError as e:
    print('limited', e)
sys.setrecursionlimit(1000)
print(g(900))
