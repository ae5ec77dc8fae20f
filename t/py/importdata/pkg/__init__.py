print('init pkg', __name__, __package__)
from . import helper
from .helper import twice
value = 'pkg-value'
