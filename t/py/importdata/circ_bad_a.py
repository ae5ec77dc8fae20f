from .circ_bad_b import thing
late = 1
