"""_pickle for pyvm: the names of CPython's C accelerator, served by the
pure-Python classes and functions of pickle.py (so `import _pickle` works).

Names are looked up lazily: pickle.py imports this module while it is
still being executed, and PickleBuffer stays missing (an ImportError for
pickle, which then does without it)."""

_NAMES = {
    'PickleError': 'PickleError', 'PicklingError': 'PicklingError',
    'UnpicklingError': 'UnpicklingError', 'Pickler': '_Pickler',
    'Unpickler': '_Unpickler', 'dump': '_dump', 'dumps': '_dumps', 'load': '_load',
    'loads': '_loads',
}


def __getattr__(name):
    target = _NAMES.get(name)
    if target is not None:
        import pickle
        try:
            value = getattr(pickle, target)
        except AttributeError:
            pass
        else:
            globals()[name] = value
            return value
    raise AttributeError("module '_pickle' has no attribute %r" % name)


def __dir__():
    return sorted(_NAMES)
