from importdata import circ_a
print(circ_a.A2)
from importdata import circ_b
print(circ_b.B)
