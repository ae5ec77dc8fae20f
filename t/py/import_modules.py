import sys
import importdata.star as s1
import importdata.star as s2
print(s1 is s2)
sys.modules['fake_mod'] = 'I am fake'
import fake_mod
print(fake_mod)
del sys.modules['fake_mod']
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
print(__name__, __spec__, type(sys.modules['__main__']).__name__)
print(sys.modules['sys'] is sys, 'builtins' in sys.modules)
m = __import__('importdata.star')
print(m.__name__)
