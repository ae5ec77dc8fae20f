# In-place and reflected operators with Python dunders: CPython's order of
# calls, NotImplemented fallbacks and error messages.
log = []

class A:
    def __init__(self, v): self.v = v
    def __repr__(self): return "%s(%r)" % (type(self).__name__, self.v)
    def __add__(self, o):
        log.append("A.add")
        return A(self.v + o.v) if isinstance(o, A) else NotImplemented
    def __radd__(self, o):
        log.append("A.radd")
        return A(o + self.v) if isinstance(o, int) else NotImplemented
    def __iadd__(self, o):
        log.append("A.iadd")
        if isinstance(o, int):
            self.v += o
            return self
        return NotImplemented

class B(A):
    def __radd__(self, o):
        log.append("B.radd")
        return B(("B", o.v if isinstance(o, A) else o, self.v))

class C(A):
    pass  # inherits __radd__: no reflected-first call

def show(expr, f):
    del log[:]
    try:
        r = f()
    except TypeError as e:
        r = "TypeError: %s" % e
    print(expr, "->", r, log)

a = A(1)
show("a += 2", lambda: a.__iadd__(2) and a)
x = A(10)
def iadd_int():
    global x
    x += 5
    return x
show("x += 5", iadd_int)
def iadd_a():
    global x
    x += A(1)          # __iadd__ -> NotImplemented -> __add__
    return x
show("x += A(1)", iadd_a)
def iadd_str():
    global x
    x += "s"           # __iadd__, __add__ NotImplemented, str has no __radd__
    return x
show("x += 's'", iadd_str)
show("A(1) + B(2)", lambda: A(1) + B(2))      # B.radd first (subclass overrides)
show("A(1) + C(2)", lambda: A(1) + C(2))      # C does not override: A.add
show("3 + A(4)", lambda: 3 + A(4))
show("A(4) + 3", lambda: A(4) + 3)
show("'s' + A(1)", lambda: "s" + A(1))
show("A(1) - A(2)", lambda: A(1) - A(2))

class L(list):
    def __iadd__(self, o):
        log.append("L.iadd")
        return NotImplemented
def list_iadd():
    l = L([1])
    l += [2]           # NotImplemented -> list.__add__
    return (type(l).__name__, l)
show("L += [2]", list_iadd)

class M:
    def __imul__(self, o):
        log.append("M.imul")
        return NotImplemented
def mul_err():
    m = M()
    m *= 2
show("M() *= 2", mul_err)
def pow_err():
    m = M()
    m **= 2
show("M() **= 2", pow_err)
def pow_err2():
    return M() ** 2
show("M() ** 2", pow_err2)

class N(int):
    def __radd__(self, o):
        log.append("N.radd")
        return "N.radd"
    def __rsub__(self, o):
        log.append("N.rsub")
        return NotImplemented
show("1 + N(2)", lambda: 1 + N(2))     # int subclass overriding __radd__: first
show("1 - N(2)", lambda: 1 - N(2))     # N.rsub NotImplemented -> int.__sub__
def iadd_n():
    v = 5
    v += N(1)
    return v
show("v += N(1)", iadd_n)

class S(str):
    def __radd__(self, o):
        log.append("S.radd")
        return "S" + o
def iadd_s():
    t = "abc"
    t += S("x")
    return t
show("t += S('x')", iadd_s)

# comparisons
class P:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append("P.eq")
        return isinstance(o, P) and self.v == o.v
    def __lt__(self, o):
        log.append("P.lt")
        return NotImplemented
class Q(P):
    def __gt__(self, o):
        log.append("Q.gt")
        return True
show("P(1) != P(1)", lambda: P(1) != P(1))
show("P(1) != P(2)", lambda: P(1) != P(2))
show("P(1) < Q(2)", lambda: P(1) < Q(2))
show("P(1) < P(2)", lambda: P(1) < P(2))
show("P(1) < 3", lambda: P(1) < 3)
show("3 > P(1)", lambda: 3 > P(1))
show("P(1) == 3", lambda: P(1) == 3)
class R:
    def __eq__(self, o):
        log.append("R.eq")
        return NotImplemented
r = R()
show("r == r", lambda: r == r)
show("r != R()", lambda: r != R())
show("r == 1", lambda: r == 1)

# every in-place operator
class All:
    def __init__(self): self.ops = []
for name in ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow",
             "lshift", "rshift", "and", "or", "xor"]:
    def mk(name):
        def f(self, o):
            self.ops.append(name)
            return self
        return f
    setattr(All, "__i%s__" % name, mk(name))
z = All()
z += 1; z -= 1; z *= 1; z @= 1; z /= 1; z //= 1; z %= 1; z **= 1
z <<= 1; z >>= 1; z &= 1; z |= 1; z ^= 1
print(z.ops)
def nested_iadd():
    class D:
        def __iadd__(self, o):
            return o + 1
    d = D()
    d += 1
    d += 1
    return d
print(nested_iadd())
