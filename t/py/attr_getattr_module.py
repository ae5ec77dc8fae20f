import sys
mod = type(sys)("dyn")
def __getattr__(name):
    if name == "magic":
        return 42
    raise AttributeError(f"module 'dyn' has no attribute '{name}'")
mod.__getattr__ = __getattr__
print(mod.magic, getattr(mod, "other", "dflt"))
try:
    mod.other
except AttributeError as e:
    print("AttributeError:", e)
print(repr(sys), type(sys).__name__)
m2 = type(sys)("m2", "the doc")
print(m2.__doc__, m2.__name__, sorted(k for k in m2.__dict__))
