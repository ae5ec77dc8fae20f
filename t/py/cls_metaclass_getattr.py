class Meta(type):
    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
class C(metaclass=Meta):
    real = 1
print(C.real, C.auto_thing, hasattr(C, "other"), getattr(C, "auto_x", None))
c = C()
print(hasattr(c, "auto_thing"))
class Reg(type):
    registry = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry[name] = cls
        return cls
    def __setattr__(cls, k, v):
        print("meta setattr", k)
        super().__setattr__(k, v)
class A(metaclass=Reg): pass
class B(A): pass
print(sorted(Reg.registry), type(B) is Reg)
A.x = 5
print(B.x)
