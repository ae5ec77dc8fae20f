from fractions import Fraction as F
import math
print(F(1, 3) + F(1, 6), F(3, 4) * 2, F(1, 2) / F(3), F(-7, 3) // 2, F(7, 3) % 1, F(2, 3) ** 2, F(4, 9) ** F(1, 2), 2 ** F(1, 2))
print(F('3.1415'), F('-1/3'), F(0.5), F(1.1), F('1e-3'), F(D := 3), repr(F(1, 3)), str(F(4, 2)))
print(F(1.1).limit_denominator(100), F(math.pi).limit_denominator(1000), F(1, 3).numerator, F(6, 4).denominator, F(5, 2).as_integer_ratio())
print(F(1, 3) < F(1, 2), F(1, 2) == 0.5, F(1, 3) == 1 / 3, hash(F(1, 2)) == hash(0.5), float(F(1, 3)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234, 100), 1))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), abs(F(-1, 2)), -F(1, 2), +F(1, 2), bool(F(0)), F(1, 2) + 0.25, F(1, 2) + 1j)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    F('abc')
except ValueError as e:
    print(e)
print(F.from_float(0.25), F.from_decimal(__import__('decimal').Decimal('1.25')), F(10, -4), F(3).is_integer() if hasattr(F, 'is_integer') else '')
print(sum([F(1, n) for n in range(1, 6)]), format(F(1, 3), '') if False else '', sorted([F(1, 2), F(1, 3), 0.4]))
