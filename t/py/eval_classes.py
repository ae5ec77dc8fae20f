class Point:
    count = 0
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self

p = Point(1, 2)
print(p, p.move(3), Point.count, Point(5).move(dy=1, dx=2))

class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(e)

class Base:
    def hello(self):
        return 'base ' + type(self).__name__
class Child(Base):
    def hello(self):
        return 'child+' + super().hello()
print(Child().hello())

class WithNew:
    def __new__(cls, *a):
        print('new', a)
        return super().__new__(cls)
    def __init__(self, v):
        print('init', v)
WithNew(7)

class NotInst:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never')
print(NotInst())
try:
    Point()
except TypeError as e:
    print(e)
m = p.move
print(m(1).x, m.__self__ is p, m.__func__ is Point.move)
class Slots:
    a = [i for i in range(3)]
    b = len(a)
print(Slots.a, Slots.b, Point.__name__, Point.__qualname__, Point.move.__qualname__)
