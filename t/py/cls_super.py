class Base:
    def __init__(self, v):
        self.v = v
    def describe(self):
        return "Base(%r)" % (self.v,)
    @classmethod
    def make(cls, v):
        return cls(v)
class Mid(Base):
    def __init__(self, v):
        super().__init__(v * 2)
    def describe(self):
        return "Mid/" + super().describe()
class Leaf(Mid):
    def describe(self):
        return "Leaf/" + super(Leaf, self).describe()
    @classmethod
    def make(cls, v):
        o = super().make(v + 1)
        o.tag = "made"
        return o
x = Leaf(5)
print(x.v, x.describe())
y = Leaf.make(1)
print(type(y).__name__, y.v, y.tag)
s = super(Mid, x)
print(s.describe())
print(super(Leaf, Leaf).make(3).v)
