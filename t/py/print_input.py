import sys, io
sys.stdin = io.StringIO("first line\nsecond\n\nlast")
print(repr(input()), repr(input("prompt> ")), repr(input()), repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
sys.stdin = io.StringIO("x\n")
print(input(5))
