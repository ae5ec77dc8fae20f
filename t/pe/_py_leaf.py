NAME = "_py_leaf"
