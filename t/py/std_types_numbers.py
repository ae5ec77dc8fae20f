import types, numbers, fractions, decimal, math
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), vars(ns), repr(types.SimpleNamespace()))
mp = types.MappingProxyType({'k': 1})
print(mp, mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0), mp.copy(), type(mp).__name__)
try:
    mp['k'] = 2
except TypeError as e:
    print(e)
def f(): pass
print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType, type(f.__code__) is types.CodeType, type(types) is types.ModuleType)
print(types.LambdaType is types.FunctionType, type((x for x in [])) is types.GeneratorType)
class K:
    def m(self): pass
print(type(K().m) is types.MethodType, type([].append) is types.BuiltinMethodType, type(str.join) is types.MethodDescriptorType, type(int.__add__).__name__)
print(types.NoneType, types.NotImplementedType, types.EllipsisType, type(type.__dict__['__dict__']) is types.GetSetDescriptorType)
C = types.new_class('C', (object,), {}, lambda ns: ns.update({'x': 5}))
print(C, C.x, C.__mro__)
M = types.ModuleType('mymod', 'doc'); M.y = 2; print(M, M.__doc__, M.y, M.__name__)
print(types.resolve_bases((int, str)), types.prepare_class('D', (object,))[0])
fn = types.FunctionType(f.__code__, {'g': 1}, 'renamed'); print(fn.__name__, fn())
bm = types.MethodType(lambda self: self, 42); print(bm())
@types.coroutine
def gen_co():
    yield 1
print(type(gen_co()).__name__)
print(type(sys := __import__('sys')._getframe()) is types.FrameType)
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__) is types.TracebackType)
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(fractions.Fraction(1, 2), numbers.Rational))
print(isinstance(decimal.Decimal(1), numbers.Number), isinstance(decimal.Decimal(1), numbers.Real), issubclass(bool, numbers.Integral), isinstance('s', numbers.Number))
class MyNum(numbers.Integral):
    pass
try:
    MyNum()
except TypeError as e:
    print(str(e)[:60])
print(types.GenericAlias(list, (int,)), types.UnionType, int | None, type(int | str) is types.UnionType)
print(types.DynamicClassAttribute, types.CellType, types.WrapperDescriptorType, types.MethodWrapperType, types.ClassMethodDescriptorType)
