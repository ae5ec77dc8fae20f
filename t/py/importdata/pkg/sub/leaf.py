from .. import helper
from ..helper import twice as tw
from ...pkg import value
LEAF = tw(21)
