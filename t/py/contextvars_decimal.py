import cpylib
import contextvars
v = contextvars.ContextVar('v', default=1)
w = contextvars.ContextVar('w')
print(v.name, v.get(), w.get(5))
try:
    w.get()
except LookupError:
    print('LookupError')
t = v.set(2); print(v.get(), t.var is v, t.old_value is contextvars.Token.MISSING)
ctx = contextvars.copy_context()
def f(x):
    v.set(x); return v.get()
print(ctx.run(f, 10), v.get(), ctx[v], v in ctx, len(ctx) >= 1)
v.reset(t); print(v.get())
try:
    v.reset(t)
except RuntimeError:
    print('RuntimeError')
import decimal, fractions
from decimal import Decimal
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(7), Decimal('3.14159').quantize(Decimal('0.01')))
with decimal.localcontext() as c:
    c.prec = 5
    print(Decimal(1) / Decimal(3))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction('0.125'), fractions.Fraction(1.5))
