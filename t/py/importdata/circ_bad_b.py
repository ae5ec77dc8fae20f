from .circ_bad_a import late
thing = 2
