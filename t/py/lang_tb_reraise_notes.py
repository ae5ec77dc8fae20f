try:
    raise TypeError("t")
except TypeError as e:
    e.add_note("note 1")
    e.add_note("note 2")
    raise
