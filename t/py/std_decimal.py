import decimal
from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
print(D('1.1') + D('2.2'), D(1) / D(7), D('10') ** 3, D('1.30') * 2, -D('0.0'), D(3.5), D((0, (1, 4), -1)))
print(repr(D('1.5')), str(D('1e10')), D('1e-10'), D('123.456').quantize(D('0.01')), D('2.675').quantize(D('0.01'), rounding=ROUND_HALF_UP))
print(D('7').sqrt(), D('2').ln(), D('100').log10(), D(1).exp(), D('-3.7').to_integral_value(), D('-3.7').__floor__() if hasattr(D, '__floor__') else '')
print(D('10') // D('3'), D('10') % D('3'), D('-10') // D('3'), D('-10') % D('3'), divmod(D(10), D(4)))
print(D('1.20').normalize(), D('0.00').normalize(), D('1.5').as_tuple(), D('3.14').as_integer_ratio(), D('NaN'), D('-Infinity'), D('sNaN'))
print(D('1.5') < 2, D(2) == 2, D('0.1') == 0.1, hash(D(2)) == hash(2), int(D('3.9')), float(D('0.5')), round(D('2.5')), round(D('2.567'), 2))
print(D(1).compare(D(2)), D('5').max(D('7')), D('1.2345').scaleb(2), D('12.5').adjusted(), D('-1').copy_abs(), D(2).is_finite(), D('nan').is_nan())
getcontext().prec = 6
print(D(1) / D(3), D(2).sqrt(), getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 40
    print(D(1) / D(7))
    ctx.rounding = ROUND_DOWN
    print(D(2) / D(3))
print(D(1) / D(7))
try:
    D(1) / D(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    D('abc')
except InvalidOperation as e:
    print("InvalidOperation")
c = Context(prec=3, rounding=ROUND_HALF_UP, traps=[])
print(c.divide(D(1), D(0)), bool(c.flags[DivisionByZero]), c.add(D('1.234'), D('1')), c.create_decimal('1.2345'))
print(bool(getcontext().traps[InvalidOperation]), decimal.DefaultContext.prec, decimal.BasicContext.prec)
print(sum([D('0.1')] * 10), D('1e3').to_eng_string(), D('123E+5').to_eng_string(), format(D('1234.5678'), ',.2f'), format(D('1.5'), 'e'), f"{D('0.5'):%}")
print(D(10**30), D('1.00') + D('1.000'), D('1') - D('1.00'), D(-5).__abs__(), D('1e999999') * 10 if False else '')
print(repr(getcontext())[:80])
print(D('0.1') + D('0.2') == D('0.3'), D('3.0') == D('3'), sorted([D('1.1'), D('0.9'), D(1)]))
print(D.from_float(0.1), D('1.1').fma(2, 3), D('5').remainder_near(3), D('1').next_plus(), D('1').logical_and(D('1')) if True else '')
