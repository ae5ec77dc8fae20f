class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["created_by"] = mcs.__name__
        cls = super().__new__(mcs, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def hello(cls):
        return "hello from " + cls.__name__
class A(metaclass=Meta, flag=1):
    def __init__(self, v):
        self.v = v
class B(A):
    pass
print(type(A).__name__, A.created_by, A.kw, A.inited)
print(type(B).__name__, B.kw)
a = A(3)
print(a.v, A.hello(), B.hello())
print(isinstance(A, Meta), isinstance(A, type), hasattr(a, "hello"))
