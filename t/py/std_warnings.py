import warnings, sys, io
def f():
    warnings.warn("deprecated thing", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    warnings.warn("user warn")
    warnings.warn(RuntimeWarning("rw"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], [x.lineno for x in w], w[0].filename.endswith('std_warnings.py'))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
    print("ignored ok")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("once per location")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("error", message="bad.*")
    warnings.filterwarnings("always", category=FutureWarning)
    try:
        warnings.warn("bad thing")
    except UserWarning as e:
        print("filtered error", e)
    warnings.warn("future", FutureWarning)
    print([str(x.message) for x in w])
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"))
old = sys.stderr
sys.stderr = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to stderr")
    warnings.warn_explicit("explicit", SyntaxWarning, "mod.py", 5)
out = sys.stderr.getvalue()
sys.stderr = old
print(out.replace(__file__, 'FILE'))
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, lineno)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn("custom show")
print(warnings.filters[:0], type(warnings.filters).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    import collections
    class A:
        def __del__(self): pass
    warnings.warn("x", category=PendingDeprecationWarning)
    print(w[-1].category.__name__, issubclass(PendingDeprecationWarning, Warning), BytesWarning.__mro__[1].__name__)
warnings.resetwarnings() if hasattr(warnings, 'resetwarnings') else None
print(sys.warnoptions)
