# SyntaxWarning for "is" with a literal, written at compile time
x = 5
if x is 5:
    print("five")
print(x is not ())
print(not x is -1, x is None, x is True)
