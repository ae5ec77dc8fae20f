def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(h())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())
def brk():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(brk())
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e)
    else:
        print("no")
    finally:
        print("outer finally")
nested()
def elsecase():
    try:
        x = 1
    except Exception:
        pass
    else:
        return "else"
    finally:
        print("fin")
print(elsecase())
def cont():
    n = 0
    while n < 3:
        n += 1
        try:
            continue
        finally:
            print("cont", n)
cont()
