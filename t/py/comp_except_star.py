# except*: splitting exception groups between handlers
def f(exc):
    try:
        raise exc
    except* ValueError as e:
        print("VE", repr(e))
    except* TypeError as e:
        print("TE", repr(e))
    print("after")
f(ExceptionGroup("eg", [ValueError(1), TypeError(2)]))
f(ValueError("naked"))
try:
    f(ExceptionGroup("eg", [KeyError(3), ValueError(4)]))
except ExceptionGroup as g:
    print("rest", repr(g))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
except ExceptionGroup as g:
    print("raised", repr(g), repr(g.exceptions))
try:
    compile("try:\n    pass\nexcept* ValueError:\n    break\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
