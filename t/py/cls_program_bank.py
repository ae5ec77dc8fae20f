class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
class Account:
    _next_id = 1
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self): return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0: raise ValueError("negative")
        self._balance = v
    def deposit(self, amt):
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self): return f"{type(self).__name__}({self.owner!r}, {self.balance})"
    def __lt__(self, other): return self.balance < other.balance
    def __eq__(self, other): return isinstance(other, Account) and self.id == other.id
    def __hash__(self): return hash(self.id)
    def __iter__(self): return iter(self.history)
    def __len__(self): return len(self.history)
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is InsufficientFunds:
            print("rolled back:", ev)
            return True
    @classmethod
    def from_csv(cls, line):
        o, b = line.split(",")
        return cls(o, int(b))
    @staticmethod
    def fmt(x): return f"${x:,.2f}"
class Savings(Account):
    interest = 0.02
    def add_interest(self):
        self.deposit(round(self.balance * self.interest, 2))
        return self
    def __repr__(self): return "S:" + super().__repr__()
accts = [Account("ann", 100), Savings.from_csv("bob,250"), Account.from_csv("cy,75")]
accts[0].deposit(50).withdraw(30)
accts[1].add_interest()
with accts[2] as a:
    a.withdraw(1000)
print(sorted(accts), max(accts), min(accts).owner)
print({a: a.owner for a in accts}[accts[1]], accts[1] in set(accts), len(accts[0]), list(accts[0]))
print(Account.fmt(1234567.891), Savings.fmt(2), isinstance(accts[1], Account), type(accts[1]).__mro__[1].__name__)
try:
    accts[0].balance = -5
except ValueError as e:
    print("ValueError", e)
try:
    accts[0].withdraw(10**6)
except InsufficientFunds as e:
    print(repr(e), e.needed, e.args)
print([str(a) for a in accts], vars(accts[2]).keys())
print(Savings.interest, Account.interest, accts[1].interest, Account._next_id)
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __iter__(self): yield self.x; yield self.y
    def __repr__(self): return "Vector(%r, %r)" % tuple(self)
    def __bool__(self): return bool(self.x or self.y)
    def __getitem__(self, i): return (self.x, self.y)[i]
v = sum([Vector(1, 2), Vector(3, 4)], Vector(0, 0))
print(v, 2 * v, v * 3, bool(Vector(0, 0)), v[1], list(v), dict(zip("xy", v)))
