import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
for bad in [0, -5, 'x', 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def depth(n):
    return n if n == 3000 else depth(n + 1)
print(depth(0))
sys.setrecursionlimit(1000)
