import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
print(Color.RED, repr(Color.RED), Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.ALIAS is Color.RED, list(Color.__members__))
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), Color.RED == 1)
print(format(Color.RED), f"{Color.GREEN}", str(Color.BLUE), hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color['X']
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)

class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + 1, N.TWO * 2, repr(N.ONE), str(N.ONE), N.ONE < N.TWO, N(2), int(N.TWO), f"{N.ONE}", sorted([N.TWO, N.ONE]))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), ~Perm.R, list(rw), rw.value)
print(Perm(7), Perm.R & Perm.W, repr(Perm(0)))

class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A | 1, IP.B + 1, repr(IP(0)))

class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value, repr(A.Y))
class S(StrEnum):
    AA = auto()
    BB = 'bee'
print(S.AA, repr(S.BB), S.BB == 'bee', S.AA.upper(), f"{S.BB}")

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3))

class Shape(Enum):
    SQUARE = 2
    def describe(self):
        return self.name.lower()
    @classmethod
    def default(cls):
        return cls.SQUARE
print(Shape.default().describe())
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
Animal2 = Enum('Animal2', [('X', 10), ('Y', 20)])
print(Animal2.Y, Animal2(10))
class Ord(enum.Enum):
    _order_ = 'B A'
    B = 2
    A = 1
print(list(Ord))
class WithMissing(Enum):
    X = 1
    @classmethod
    def _missing_(cls, v):
        return cls.X
print(WithMissing(99))
print(Color.RED.__class__.__name__, Color.__name__, dir(Color.RED)[:3])
print(enum.EnumMeta is enum.EnumType, Perm.R._value_, Color._member_map_.keys())
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
class Ctr(IntEnum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return count * 10
    P = auto()
    Q = auto()
print(list(Ctr), Ctr.Q.value)
print(enum.verify, enum.member, enum.nonmember, Perm.__members__['W'])
print(Color.RED.__reduce_ex__(2))
import pickle
print(pickle.loads(pickle.dumps(Color.BLUE)) is Color.BLUE, pickle.loads(pickle.dumps(Perm.R | Perm.X)))
