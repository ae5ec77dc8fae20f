import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor >= 11)
print(sys.version_info >= (3, 11), sys.version.startswith('3.11'), sys.hexversion >= 0x030b0000)
print(sys.maxsize, sys.byteorder, sys.platform, sys.maxunicode)
print(type(sys.implementation.name).__name__, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.path).__name__, type(sys.modules).__name__, type(sys.argv).__name__)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print('sys' in sys.builtin_module_names, type(sys.builtin_module_names).__name__)
print(sys.flags.optimize, sys.float_info.max, sys.float_info.dig, sys.int_info.default_max_str_digits)
print(type(sys.executable).__name__, sys.dont_write_bytecode in (True, False))
print(sys.intern('abc') == 'abc', type(sys.getsizeof(1)).__name__, sys.getsizeof(1) > 0)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(1)
except ValueError as e:
    print(e)
