# CPython's importlib on pyvm's import system (the finder in sys.meta_path):
# import_module, util.find_spec, reload, module specs.
import importlib, importlib.util, os, sys

D = '/tmp/pvc_importlib_%d' % os.getpid()
os.makedirs(D + '/pkg')
with open(D + '/pkg/__init__.py', 'w') as f:
    f.write('X = 1\n')
with open(D + '/pkg/sub.py', 'w') as f:
    f.write('Y = 2\nprint("sub executed")\n')
with open(D + '/plain.py', 'w') as f:
    f.write('Z = 3\n')
sys.path.insert(0, D)

m = importlib.import_module('pkg.sub')
print(m.Y, m.__name__, m.__spec__.name, m.__spec__.parent, m.__package__)
print(importlib.import_module('.sub', 'pkg') is m, sys.modules['pkg.sub'] is m)
print(importlib.util.find_spec('nonexistent_mod_xyz'))
s = importlib.util.find_spec('plain')
print(s.name, os.path.basename(s.origin), s.submodule_search_locations, s.has_location)
p = importlib.util.find_spec('pkg')
print(p.name, [os.path.basename(x) for x in p.submodule_search_locations], p.parent)
print(importlib.util.find_spec('pkg.sub').name, importlib.util.find_spec('pkg.nope'))
import json
print(json.__spec__.name, json.__spec__.parent, json.__spec__.submodule_search_locations is not None)
print(json.decoder.__spec__.parent, os.path.basename(json.decoder.__spec__.origin))

with open(D + '/pkg/sub.py', 'w') as f:
    f.write('Y = 20\nprint("sub executed again")\n')
m2 = importlib.reload(m)
print(m2 is m, m2.Y)
try:
    importlib.import_module('pkg.missing')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e, e.name)
import plain
print(os.path.basename(plain.__spec__.origin), plain.__loader__ is not None, plain.Z)
print(importlib.import_module('math').sqrt(16), importlib.import_module('os.path') is os.path)
print(importlib.util.find_spec('sys').name, __spec__, sys.modules['__main__'].__spec__)

os.system('rm -rf ' + D)
