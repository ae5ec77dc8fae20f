# __qualname__ and __name__ of nested functions, lambdas, comprehensions
def outer():
    def inner():
        return (lambda: 0)
    return inner
print(outer.__qualname__, outer().__qualname__, outer()().__qualname__)
class K:
    def m(self):
        def local():
            pass
        return local
    class N:
        def deep(self):
            return [x for x in (1,)]
print(K.m.__qualname__, K().m().__qualname__, K.N.deep.__qualname__)
gen = (x for x in [])
print(gen.__qualname__, gen.__name__)
def make():
    return (x for x in [])
print(make().__qualname__)
def g():
    global h
    def h():
        pass
g()
print(h.__qualname__, outer.__code__.co_name, outer().__code__.co_qualname if hasattr(outer.__code__, "co_qualname") else "")
