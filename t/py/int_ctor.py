def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(int(), int(0), int(-5), int(2**100), int(True), int(5.9), int(-5.9), int('  7  '), int('-0'), int(x='5') if False else 5)
print(int('z', base=36), int('10', base=0), int('0', 0), int('-0b11', 0), int(b'0x1F', 16), int('1' * 30, 2))
print(type(int(True)).__name__, type(int(2**100)).__name__, int.__name__, int(3) is int(3))
class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(MyInt(5), type(MyInt(5)).__name__, MyInt('7'))
t(lambda: int('5', base=2.0))
t(lambda: int('5', 10, 2))
t(lambda: int(x=5))
class Idx:
    def __index__(self):
        return 16
print(int('10', Idx()), int('ff', base=Idx()))
class BadInt:
    def __int__(self):
        return 'x'
t(lambda: int(BadInt()))
class T:
    def __trunc__(self):
        return 3
