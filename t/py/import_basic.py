import importdata.pkg
print(importdata.pkg.value, importdata.pkg.twice(4))
import importdata.pkg.sub.leaf as leaf
print(leaf.LEAF, leaf.value, leaf.__name__, leaf.__package__)
from importdata.pkg import helper, value
print(helper.__name__, value)
import importdata.pkg as p2
print(p2 is importdata.pkg, importdata.pkg.sub.leaf is leaf)
import sys
print('importdata.pkg.helper' in sys.modules, sys.modules['importdata.pkg'] is p2)
print(leaf.__file__.endswith('importdata/pkg/sub/leaf.py'))
print(type(importdata.pkg.__path__).__name__, len(importdata.pkg.__path__))
def lazy():
    import importdata.pkg.helper as h
    return h.twice(5)
print(lazy())
import sys as system, importdata.pkg.helper
print(system is sys, importdata.pkg.helper.twice(1))
