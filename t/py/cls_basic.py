class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(type(p) is Point, type(p).__name__, isinstance(p, Point), isinstance(p, object))
print(sorted(k for k in vars(p)))
p.z = 5
print(p.__dict__)
print(Point.__bases__, Point.__base__, Point.__mro__)
print(type(Point), type(type), type(object))
