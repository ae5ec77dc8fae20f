w = range(1 << 30)
match w:
    case x, y, *_:
        z = 0
print(x, y, z)
for v in ([1, 2, 3, 4], (1,), [1, 2], "ab", [1, [2, 3], 4, 5], range(10)):
    match v:
        case [a, *_, b] if a == 1:
            print("ends", a, b)
        case [a, [b, c], *_]:
            print("nested", a, b, c)
        case (*_, last):
            print("last", last)
        case _:
            print("other", v)
match [1, 2, 3]:
    case [1, *_, 4]:
        print("no")
    case [_, *_, 3]:
        print("yes")
