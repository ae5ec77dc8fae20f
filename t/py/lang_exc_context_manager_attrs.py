import sys
class Rec:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        self.info = (t.__name__ if t else None, str(v) if v else None, tb is not None)
        return True
with Rec() as r:
    raise IndexError("idx")
print(r.info)
with Rec() as r:
    pass
print(r.info)
try:
    raise ValueError("v")
except ValueError as e:
    err = e
print(err.__traceback__.tb_lineno, err.__traceback__.tb_frame.f_code.co_name, err.__traceback__.tb_next)
def inner(): raise KeyError("k")
try:
    inner()
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    print(names)
e2 = ValueError("x"); print(e2.__traceback__, e2.__context__, e2.__cause__, e2.__suppress_context__)
e3 = e2.with_traceback(None); print(e3 is e2)
try:
    try:
        raise TypeError("first")
    finally:
        print("exc in finally:", sys.exc_info()[0].__name__)
except TypeError:
    pass
print(sys.exc_info()[0])
