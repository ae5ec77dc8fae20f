# inspect.getsource & co and dis.findlinestarts (co_firstlineno, co_lines)
import inspect, dis
def f(a,
      b):
    """doc"""
    return a + b

class K:
    def m(self):
        return 1

print(inspect.getsource(f))
print(inspect.getsource(K))
print(inspect.getsourcelines(K.m)[1])
print(inspect.getdoc(f), inspect.getmodule(f).__name__)
print(sorted(set(l for _, l in dis.findlinestarts(f.__code__)))[:3])
import json
print(inspect.getsourcefile(json.dumps).endswith('json/__init__.py'), inspect.getsourcelines(json.dumps)[1])
