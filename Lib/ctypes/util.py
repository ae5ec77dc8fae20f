"""ctypes.util for pyvm: find_library."""
import ffi as _ffi


def find_library(name):
    """'m' -> 'libm.so.6' (or None when there is no such library)."""
    return _ffi.find_library(name)
