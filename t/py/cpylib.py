# Test helper: put CPython's standard library directory on sys.path (after
# pyvm's own Lib) so tests can use its pure-Python modules. Candidates:
# $PYVM_CPYTHON_LIB, then the usual install locations.
import sys


def _exists(p):
    try:
        open(p).close()
        return True
    except OSError:
        return False


_cands = ['/usr/lib/python3.11', '/usr/local/lib/python3.11',
          '/root/.pyenv/versions/3.11.7/lib/python3.11']
try:
    import os
    if os.environ.get('PYVM_CPYTHON_LIB'):
        _cands.insert(0, os.environ['PYVM_CPYTHON_LIB'])
except ImportError:
    pass
for _p in _cands:
    if _exists(_p + '/keyword.py'):
        if _p not in sys.path:
            sys.path.append(_p)
        break
