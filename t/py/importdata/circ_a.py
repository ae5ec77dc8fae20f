print('start a')
A1 = 'a1'
from . import circ_b
A2 = 'a2 sees ' + circ_b.B
print('end a')
