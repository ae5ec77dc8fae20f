"""_io for pyvm: the io module under the name importlib's bootstrap
imports (pyvm's io is a built-in C module)."""

import io as _io_module

globals().update({k: v for k, v in vars(_io_module).items() if not k.startswith('__')})


def open_code(path):
    """Open path for reading source or bytecode (binary, read-only)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, 'rb')
