print('start b')
from . import circ_a
B = 'b sees ' + circ_a.A1
print('end b')
