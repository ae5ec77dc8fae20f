class D:
    def __set_name__(self, o, n): raise ValueError("boom")
try:
    class C:
        x = D()
except Exception as e:
    print(type(e).__name__, e, repr(e.__cause__))
