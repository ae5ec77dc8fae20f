import sys
class C:
    __slots__ = ("s",)
    @property
    def p(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def st(): pass
    def m(self): pass
print(C.__dict__["s"], type(C.__dict__["p"]))
print(str.__dict__["join"], dict.__dict__["fromkeys"], int.__dict__["real"], object.__dict__["__class__"])
print(type.__dict__["__dict__"], type.__dict__["mro"], type.__dict__["__prepare__"])
print(object.__init__, object.__dict__["__new__"].__name__, type(object.__dict__["__new__"]).__name__)
print(list.__dict__["__hash__"], type.__dict__["__call__"], type(len), type(print))
print(type(sys), sys.__class__, type(C.__dict__["c"]), type(C.__dict__["st"]))
print(super, property, classmethod, staticmethod, type(None), type(NotImplemented), type(...))
print(type(int.__dict__), type(C.m), type(C().m), type(len.__call__))
print(C.__dict__["s"].__name__, C.__dict__["s"].__objclass__, str.join.__name__, str.join.__qualname__)
print(int.__add__.__qualname__, int.__dict__["real"].__qualname__)
