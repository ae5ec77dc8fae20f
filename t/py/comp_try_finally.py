# return / break / continue through finally, except and with blocks
def r1():
    try:
        return "try"
    finally:
        print("finally runs")
print(r1())
def r2():
    try:
        return "try"
    finally:
        return "finally wins"
print(r2())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())
def exc_in_handler():
    try:
        try:
            raise ValueError("inner")
        except ValueError as e:
            raise KeyError("from handler") from e
    except KeyError as k:
        return repr(k), repr(k.__cause__)
print(exc_in_handler())
def ret_in_except():
    for i in range(3):
        try:
            raise RuntimeError(i)
        except RuntimeError as e:
            if i == 1:
                return "returned at %d" % i
            continue
print(ret_in_except())
def nested_finally():
    log = []
    try:
        try:
            log.append("body")
            return log
        finally:
            log.append("inner")
    finally:
        log.append("outer")
print(nested_finally())
def else_clause():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else %d" % x
    finally:
        print("cleanup")
print(else_clause())
try:
    try:
        1 / 0
    finally:
        print("propagating")
except ZeroDivisionError as e:
    print("caught", e)
try:
    pass
except:
    pass
print("e" in dir(), "done")
def while_break():
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                break
        finally:
            pass
    else:
        return "no"
    return i
print(while_break())
