"""_imp for pyvm: the hooks importlib's bootstrap expects. pyvm's own
import system (vm/import.c) does the real work; this module lets
CPython's importlib package (importlib.machinery, importlib.util) import
and describe built-in modules."""

import sys as _sys

check_hash_based_pycs = 'never'
_lock_depth = 0


def acquire_lock():
    global _lock_depth
    _lock_depth += 1


def release_lock():
    global _lock_depth
    if _lock_depth <= 0:
        raise RuntimeError('not holding the import lock')
    _lock_depth -= 1


def lock_held():
    return _lock_depth > 0


def is_builtin(name, /):
    return 1 if name in _sys.builtin_module_names else 0


def create_builtin(spec, /):
    name = spec.name
    if name in _sys.modules:
        return _sys.modules[name]
    return __import__(name)


def exec_builtin(mod, /):
    return 0


def is_frozen(name, /):
    return False


def is_frozen_package(name, /):
    raise ImportError('No such frozen object named %r' % name, name=name)


def find_frozen(name, /, *, withdata=False):
    return None


def get_frozen_object(name, data=None, /):
    raise ImportError('No such frozen object named %r' % name, name=name)


def init_frozen(name, /):
    return None


def _frozen_module_names():
    return []


def _fix_co_filename(code, path, /):
    return None


def extension_suffixes():
    return []


def create_dynamic(spec, file=None, /):
    raise ImportError('pyvm loads add-on modules through its own import system', name=spec.name)


def exec_dynamic(mod, /):
    return 0


def source_hash(key, source):
    import hashlib
    return hashlib.sha256(key.to_bytes(8, 'little') + bytes(source)).digest()[:8]


def _override_frozen_modules_for_tests(override, /):
    return None
