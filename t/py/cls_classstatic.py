class C:
    count = 0
    @classmethod
    def inc(cls, n=1):
        cls.count += n
        return cls.count
    @staticmethod
    def add(a, b):
        return a + b
class D(C):
    pass
print(C.inc(), C.inc(5), D.inc(), C.count, D.count)
print(C.add(2, 3), C().add(4, 5))
sm = C.__dict__["add"]
cm = C.__dict__["inc"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__ is C.add, cm.__func__.__name__)
print(callable(sm), sm(10, 20))
print(C.inc.__self__ is C, D().inc.__self__ is D)
