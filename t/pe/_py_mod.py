# a Python module importing a PE module
import _pe_mod
from _pe_leaf import triple

def use():
    return _pe_mod.double(21), _pe_mod.Box(7).get(), triple(3)
