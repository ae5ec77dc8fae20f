def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import sys
print(sys.get_int_max_str_digits())
t(lambda: int('1' * 4300) % 10)
t(lambda: int('1' * 4301))
t(lambda: int('-' + '1' * 5000))
t(lambda: int('1_' * 4300 + '1'))
t(lambda: len(str(10**4299)))
t(lambda: str(10**4300))
t(lambda: str(-10**5000))
t(lambda: repr(10**4300))
t(lambda: int('f' * 5000, 16) % 1000)
t(lambda: len(hex(10**5000)))
t(lambda: int('1' * 5000, 8) % 7)
t(lambda: int('1' * 5000, 10))
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
sys.set_int_max_str_digits(5000)
t(lambda: len(str(10**4999)))
t(lambda: str(10**5000))
t(lambda: sys.set_int_max_str_digits(5))
sys.set_int_max_str_digits(4300)
