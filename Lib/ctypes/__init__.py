"""ctypes for pyvm: the commonly used subset, built on the `ffi` module.

Difference from CPython: calls are NON-blocking by default (they run
inline, holding the VM, which is fast). A function that may wait (sleep,
read, a lock) should be made blocking: CDLL(name, blocking=True) for a
whole library, or func.blocking = True for one function; it then runs on a
worker OS thread while the other green threads go on.
"""
import ffi as _ffi

DEFAULT_MODE = 0
RTLD_LOCAL = 0
RTLD_GLOBAL = 256


class ArgumentError(Exception):
    pass


# ---------------------------------------------------------------- types

class _CDataMeta(type):
    def __mul__(cls, n):
        return _array_type(cls, n)

    __rmul__ = __mul__


class _CData(metaclass=_CDataMeta):
    _ctype_ = None          # the C type name for ffi
    _mem = None             # ffi memory holding the value

    @classmethod
    def from_address(cls, address):
        obj = cls.__new__(cls)
        obj._mem = _ffi.cast(_ptr_type(cls._ctype_), address)
        return obj

    @classmethod
    def from_buffer(cls, buf, offset=0):
        obj = cls.__new__(cls)
        obj._keep = buf
        obj._mem = _ffi.cast(_ptr_type(cls._ctype_), _ffi.address(buf) + offset)
        return obj

    def _as_param(self):
        return self._mem


class _SimpleCData(_CData):
    _type_ = None

    def __init__(self, value=None):
        self._mem = _ffi.new(self._ctype_ + "[1]")
        if value is not None:
            self.value = value

    def _get(self):
        return self._mem[0]

    def _set(self, v):
        self._mem[0] = v

    @property
    def value(self):
        return self._get()

    @value.setter
    def value(self, v):
        self._set(v)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.value)

    def __bool__(self):
        return bool(self.value)


def _simple(name, ctype, code):
    cls = _CDataMeta(name, (_SimpleCData,), {'_ctype_': ctype, '_type_': code})
    globals()[name] = cls
    return cls


_simple('c_bool', '_Bool', '?')
_simple('c_byte', 'signed char', 'b')
_simple('c_ubyte', 'unsigned char', 'B')
_simple('c_short', 'short', 'h')
_simple('c_ushort', 'unsigned short', 'H')
_simple('c_int', 'int', 'i')
_simple('c_uint', 'unsigned int', 'I')
_simple('c_long', 'long', 'l')
_simple('c_ulong', 'unsigned long', 'L')
_simple('c_longlong', 'long long', 'q')
_simple('c_ulonglong', 'unsigned long long', 'Q')
_simple('c_float', 'float', 'f')
_simple('c_double', 'double', 'd')
_simple('c_size_t', 'size_t', 'L')
_simple('c_ssize_t', 'ssize_t', 'l')
for _n in (8, 16, 32, 64):
    _simple('c_int%d' % _n, 'int%d_t' % _n, 'i')
    _simple('c_uint%d' % _n, 'uint%d_t' % _n, 'I')


class c_char(_SimpleCData):
    _ctype_ = 'char'
    _type_ = 'c'

    def _set(self, v):
        if isinstance(v, int):
            v = bytes([v])
        self._mem[0] = v


class c_char_p(_SimpleCData):
    _ctype_ = 'char *'
    _type_ = 'z'

    def _get(self):
        p = self._mem[0]
        return None if p is None else _ffi.string(p)

    def _set(self, v):
        if isinstance(v, str):
            v = v.encode()
        if v is None:
            self._keep = None
            self._mem[0] = None
        else:
            self._keep = _ffi.new("char[]", v)
            self._mem[0] = self._keep

    def __repr__(self):
        return "c_char_p(%r)" % (self.value,)


class c_void_p(_SimpleCData):
    _ctype_ = 'void *'
    _type_ = 'P'

    def _get(self):
        p = self._mem[0]
        return None if p is None else _ffi.address(p)

    def _set(self, v):
        self._mem[0] = None if v is None else _ffi.cast("void *", v)


c_voidp = c_void_p


def _ptr_type(ct):
    """The C name of a pointer to ct ("int[4]" -> "int(*)[4]")."""
    if ct.endswith(']'):
        i = ct.index('[')
        return ct[:i] + '(*)' + ct[i:]
    return ct + ' *'


def _ctype_of(t):
    if t is None:
        return 'void'
    ct = getattr(t, '_ctype_', None)
    if ct is None:
        raise TypeError("%r is not a ctypes type" % (t,))
    return ct


# ---------------------------------------------------------------- arrays

class Array(_CData):
    _length_ = 0
    _type_ = None

    def __init__(self, *init):
        self._mem = _ffi.new(self._ctype_)
        for i, v in enumerate(init):
            self[i] = v

    def __len__(self):
        return self._length_

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = [self[k] for k in range(*i.indices(self._length_))]
            return b''.join(items) if self._type_ is c_char else items
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError("invalid index")
        t = self._type_
        if issubclass(t, (Structure, Union, Array)):
            obj = t.__new__(t)
            obj._mem = _ffi.cast(_ptr_type(t._ctype_), _ffi.address(self._mem) + i * sizeof(t))
            obj._owner = self
            return obj
        v = self._mem[i]
        if t is c_char_p:
            return None if v is None else _ffi.string(v)
        if t is c_void_p:
            return None if v is None else _ffi.address(v)
        return v

    def __setitem__(self, i, v):
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError("invalid index")
        if isinstance(v, _CData):
            v = v.value if isinstance(v, _SimpleCData) else v._mem
        self._mem[i] = v

    def __iter__(self):
        for i in range(self._length_):
            yield self[i]

    @property
    def value(self):
        return _ffi.string(self._mem)

    @value.setter
    def value(self, v):
        if len(v) > self._length_:
            raise ValueError("byte string too long")
        _ffi.memmove(self._mem, v, len(v))
        if len(v) < self._length_:
            self._mem[len(v)] = b'\0'

    @property
    def raw(self):
        return _ffi.buffer(self._mem, self._length_ * sizeof(self._type_))


_array_cache = {}


def _array_type(t, n):
    key = (t, n)
    if key not in _array_cache:
        ct = _ctype_of(t)
        _array_cache[key] = _CDataMeta('%s_Array_%d' % (t.__name__, n), (Array,),
                                       {'_type_': t, '_length_': n,
                                        '_ctype_': '%s[%d]' % (ct, n)})
    return _array_cache[key]


# ---------------------------------------------------------------- structures

_struct_count = [0]


class _StructBase(_CData):
    _is_union_ = False

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if '_fields_' in cls.__dict__:
            cls._layout()

    @classmethod
    def _layout(cls):
        _struct_count[0] += 1
        tag = '_ctypes_%s_%d' % (cls.__name__, _struct_count[0])
        fields = []
        for f in cls._fields_:
            if len(f) > 2:
                raise TypeError("bit fields are not supported")
            fields.append((f[0], _ctype_of(f[1])))
        cls._ctype_ = _ffi._define_struct(tag, fields, getattr(cls, '_pack_', 0), cls._is_union_)
        cls._ftypes_ = dict((f[0], f[1]) for f in cls._fields_)

    def __init__(self, *args, **kw):
        object.__setattr__(self, '_mem', _ffi.new(self._ctype_ + " *"))
        for (name, t), v in zip(self._fields_, args):
            setattr(self, name, v)
        for k, v in kw.items():
            setattr(self, k, v)

    def __getattr__(self, name):
        ft = type(self)._ftypes_.get(name) if '_ftypes_' in dir(type(self)) else None
        if ft is None:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        v = getattr(self._mem, name)
        if isinstance(ft, type) and issubclass(ft, Array) and ft._type_ is c_char:
            return _ffi.string(v)
        if isinstance(ft, type) and issubclass(ft, (_StructBase, Array)):
            obj = ft.__new__(ft)
            object.__setattr__(obj, '_mem', v)     # a view into our memory
            object.__setattr__(obj, '_owner', self)
            return obj
        if ft is c_char_p:
            return None if v is None else _ffi.string(v)
        if ft is c_void_p:
            return None if v is None else _ffi.address(v)
        if isinstance(ft, type) and issubclass(ft, _Pointer):
            p = ft.__new__(ft)
            p._ptr = v
            return p
        return v

    def __setattr__(self, name, v):
        ft = type(self)._ftypes_.get(name)
        if ft is None:
            object.__setattr__(self, name, v)
            return
        if isinstance(v, _SimpleCData):
            v = v.value
        elif isinstance(v, _StructBase) or isinstance(v, Array):
            _ffi.memmove(_ffi.address(self._mem) + _ffi.offsetof(self._ctype_, name), v._mem, sizeof(v))
            return
        elif isinstance(v, _Pointer):
            v = v._ptr
        if ft is c_char_p and v is not None:
            keep = _ffi.new("char[]", v)
            object.__setattr__(self, '_keep_' + name, keep)
            v = keep
        if ft is c_void_p and v is not None:
            v = _ffi.cast("void *", v)
        setattr(self._mem, name, v)


class Structure(_StructBase):
    pass


class Union(_StructBase):
    _is_union_ = True


# ---------------------------------------------------------------- pointers

class _Pointer(_CData):
    _type_ = None
    _ptr = None

    def __init__(self, obj=None):
        if obj is not None:
            self._ptr = _ffi.cast(self._ctype_, _ffi.address(obj._mem))
            self._keep = obj

    @property
    def contents(self):
        t = self._type_
        obj = t.__new__(t)
        object.__setattr__(obj, '_mem', _ffi.cast(_ptr_type(t._ctype_), self._ptr))
        return obj

    def __getitem__(self, i):
        t = self._type_
        if issubclass(t, (_StructBase, Array)):
            obj = t.__new__(t)
            object.__setattr__(obj, '_mem', _ffi.cast(_ptr_type(t._ctype_),
                                                      _ffi.address(self._ptr) + i * sizeof(t)))
            return obj
        v = self._ptr[i]
        if t is c_char_p:
            return None if v is None else _ffi.string(v)
        return v

    def __setitem__(self, i, v):
        if isinstance(v, _SimpleCData):
            v = v.value
        self._ptr[i] = v

    def __bool__(self):
        return self._ptr is not None

    def _as_param(self):
        return self._ptr


_pointer_cache = {}


def POINTER(t):
    if t not in _pointer_cache:
        ct = _ctype_of(t)
        _pointer_cache[t] = _CDataMeta('LP_' + t.__name__, (_Pointer,),
                                       {'_type_': t, '_ctype_': _ptr_type(ct)})
    return _pointer_cache[t]


def pointer(obj):
    return POINTER(type(obj))(obj)


class _ByRef:
    def __init__(self, obj, offset):
        self._obj = obj
        self._ptr = _ffi.cast("void *", _ffi.address(obj._mem) + offset)

    def _as_param(self):
        return self._ptr


def byref(obj, offset=0):
    return _ByRef(obj, offset)


# ---------------------------------------------------------------- functions

class _CFuncType(_CData):
    _restype_ = None
    _argtypes_ = ()

    def __init__(self, func):
        self._func = func
        proto = "%s(%s)" % (_ctype_of(self._restype_),
                            ", ".join(_ctype_of(a) for a in self._argtypes_) or "void")
        argtypes = self._argtypes_

        def wrapper(*args):
            conv = []
            for t, a in zip(argtypes, args):
                if t is c_char_p:
                    a = None if a is None else _ffi.string(a)
                elif t is c_void_p:
                    a = None if a is None else _ffi.address(a)
                conv.append(a)
            return func(*conv)
        wrapper.__qualname__ = getattr(func, '__qualname__', 'callback')
        self._mem = _ffi.callback(proto, wrapper)

    def _as_param(self):
        return self._mem

    def __call__(self, *args):
        return self._func(*args)


def CFUNCTYPE(restype, *argtypes, use_errno=False, use_last_error=False):
    ct = "%s(*)(%s)" % (_ctype_of(restype), ", ".join(_ctype_of(a) for a in argtypes) or "void")
    return _CDataMeta('CFunctionType', (_CFuncType,),
                      {'_restype_': restype, '_argtypes_': tuple(argtypes), '_ctype_': ct})


def _convert_arg(a):
    if isinstance(a, _SimpleCData):
        if isinstance(a, (c_char_p, c_void_p)):
            return a._mem[0]
        return a.value
    if isinstance(a, (_CData, _ByRef)):
        return a._as_param()
    if hasattr(a, '_as_parameter_'):
        return _convert_arg(a._as_parameter_)
    return a


def _infer(a):
    if a is None or isinstance(a, (bytes, str, bytearray)):
        return 'void *'
    if isinstance(a, bool) or isinstance(a, int):
        return 'int'
    if isinstance(a, float):
        raise ArgumentError("Don't know how to convert parameter")
    if isinstance(a, _SimpleCData):
        return a._ctype_
    if isinstance(a, _StructBase):
        return a._ctype_
    return 'void *'


class _FuncPtr:
    def __init__(self, lib, name, blocking):
        self._lib = lib
        self.__name__ = name
        self._blocking = blocking
        self._argtypes = None
        self._restype = c_int
        self.errcheck = None
        self._fn = None
        self._fast = None
        self._cache = {}

    def _reset(self):
        self._fn = None
        self._fast = None
        self._cache = {}
        # numbers in and out: call the ffi function directly
        at, rt = self._argtypes, self._restype
        if at is not None and all(t in _NUMERIC for t in at) and (rt is None or rt in _NUMERIC):
            self._fast = self._fn = self._declare([_ctype_of(t) for t in at])

    argtypes = property(lambda self: self._argtypes,
                        lambda self, v: (setattr(self, '_argtypes', None if v is None else tuple(v)),
                                         self._reset()))
    restype = property(lambda self: self._restype,
                       lambda self, v: (setattr(self, '_restype', v), self._reset()))
    blocking = property(lambda self: self._blocking,
                        lambda self, v: (setattr(self, '_blocking', bool(v)), self._reset()))

    def _ret_ctype(self):
        r = self._restype
        if r is c_char_p or r is c_void_p:
            return 'void *'
        if r is not None and not isinstance(r, type):
            return 'int'       # a callable restype: int result passed to it
        return _ctype_of(r)

    def _declare(self, params):
        decl = "%s %s(%s)" % (self._ret_ctype(), self.__name__, ", ".join(params) or "void")
        return self._lib._ffilib.declare(decl, blocking=self._blocking)

    def __call__(self, *args):
        fast = self._fast
        if fast is not None and self.errcheck is None:
            try:
                return fast(*args)
            except (TypeError, OverflowError):
                pass        # c_int(...) objects and the like: the full path
        if self._argtypes is not None:
            if len(args) < len(self._argtypes):
                raise TypeError("this function takes at least %d argument%s (%d given)" % (
                    len(self._argtypes), "s" if len(self._argtypes) != 1 else "", len(args)))
            if self._fn is None:
                self._fn = self._declare([_ctype_of(t) for t in self._argtypes])
            fn = self._fn
            conv = []
            for i, a in enumerate(args):
                t = self._argtypes[i] if i < len(self._argtypes) else None
                if t is not None and isinstance(t, type) and issubclass(t, _CFuncType) \
                        and not isinstance(a, _CFuncType) and callable(a):
                    a = t(a)
                conv.append(_convert_arg(a))
        else:
            params = tuple(_infer(a) for a in args)
            fn = self._cache.get(params)
            if fn is None:
                fn = self._cache[params] = self._declare(params)
            conv = [_convert_arg(a) for a in args]
        try:
            r = fn(*conv)
        except TypeError as e:
            raise ArgumentError(str(e))
        rt = self._restype
        if rt is c_char_p:
            r = None if r is None else _ffi.string(r)
        elif rt is c_void_p:
            r = None if r is None else _ffi.address(r)
        elif isinstance(rt, type) and issubclass(rt, _StructBase):
            obj = rt.__new__(rt)
            object.__setattr__(obj, '_mem', _ffi.cast(_ptr_type(rt._ctype_), _ffi.address(r)))
            object.__setattr__(obj, '_owner', r)
            r = obj
        elif rt is not None and not isinstance(rt, type) and callable(rt):
            r = rt(r)
        if self.errcheck is not None:
            r = self.errcheck(r, self, args)
        return r

    def __repr__(self):
        return "<_FuncPtr object %s>" % self.__name__


class CDLL:
    def __init__(self, name, mode=DEFAULT_MODE, handle=None, use_errno=False,
                 use_last_error=False, winmode=None, blocking=False):
        self._name = name
        self._ffilib = _ffi.open(name)
        self._blocking = blocking
        self._funcs = {}

    def __repr__(self):
        return "<CDLL '%s'>" % (self._name,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name):
        f = self._funcs.get(name)
        if f is None:
            self._ffilib.address_of(name)     # AttributeError when missing
            f = self._funcs[name] = _FuncPtr(self, name, self._blocking)
        return f


PyDLL = CDLL

_NUMERIC = (c_bool, c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
            c_longlong, c_ulonglong, c_float, c_double, c_size_t, c_ssize_t,
            c_int8, c_int16, c_int32, c_int64, c_uint8, c_uint16, c_uint32, c_uint64)


class LibraryLoader:
    def __init__(self, dlltype):
        self._dlltype = dlltype

    def __getattr__(self, name):
        if name[0] == '_':
            raise AttributeError(name)
        dll = self._dlltype(name)
        setattr(self, name, dll)
        return dll

    def LoadLibrary(self, name):
        return self._dlltype(name)


cdll = LibraryLoader(CDLL)
pydll = cdll


def LoadLibrary(name):
    return CDLL(name)


# ---------------------------------------------------------------- helpers

def sizeof(obj_or_type):
    if isinstance(obj_or_type, _CDataMeta):
        return _ffi.sizeof(obj_or_type._ctype_)
    if isinstance(obj_or_type, _CData):
        return _ffi.sizeof(type(obj_or_type)._ctype_)
    raise TypeError("this type has no size")


def alignment(obj_or_type):
    t = obj_or_type if isinstance(obj_or_type, _CDataMeta) else type(obj_or_type)
    return _ffi.alignof(t._ctype_)


def addressof(obj):
    if isinstance(obj, _Pointer):
        # the pointer variable itself has no memory of its own here
        raise TypeError("addressof() of a pointer object is not supported")
    return _ffi.address(obj._mem)


def cast(obj, typ):
    if isinstance(obj, int) or obj is None:
        addr = obj or 0
    elif isinstance(obj, _Pointer):
        addr = _ffi.address(obj._ptr) if obj._ptr is not None else 0
    elif isinstance(obj, c_void_p):
        addr = obj.value or 0
    elif isinstance(obj, c_char_p):
        addr = _ffi.address(obj._mem[0]) if obj._mem[0] is not None else 0
    elif isinstance(obj, (bytes, bytearray)):
        addr = _ffi.address(obj)
    else:
        addr = _ffi.address(obj._mem)
    if issubclass(typ, _Pointer):
        p = typ.__new__(typ)
        p._ptr = _ffi.cast(typ._ctype_, addr) if addr else None
        p._keep = obj
        return p
    if typ is c_void_p:
        return c_void_p(addr or None)
    if typ is c_char_p:
        r = c_char_p()
        r._mem[0] = _ffi.cast("char *", addr) if addr else None
        r._keep = obj
        return r
    raise TypeError("cast() argument 2 must be a pointer type, not %s" % typ.__name__)


def string_at(ptr, size=-1):
    if isinstance(ptr, (_CData, _ByRef)):
        ptr = _convert_arg(ptr)
    if size < 0:
        return _ffi.string(ptr)
    return _ffi.buffer(ptr, size)


def memmove(dst, src, count):
    _ffi.memmove(_convert_arg(dst) if isinstance(dst, _CData) else dst,
                 _convert_arg(src) if isinstance(src, _CData) else src, count)
    return dst if isinstance(dst, int) else addressof(dst) if isinstance(dst, _CData) else _ffi.address(dst)


def memset(dst, c, count):
    _ffi.memset(_convert_arg(dst) if isinstance(dst, _CData) else dst, c, count)
    return dst if isinstance(dst, int) else addressof(dst) if isinstance(dst, _CData) else _ffi.address(dst)


def create_string_buffer(init, size=None):
    if isinstance(init, str):
        init = init.encode()
    if isinstance(init, (bytes, bytearray)):
        if size is None:
            size = len(init) + 1
        buf = (c_char * size)()
        _ffi.memmove(buf._mem, bytes(init), min(len(init), size))
        return buf
    if isinstance(init, int):
        return (c_char * init)()
    raise TypeError(init)


def get_errno():
    return _ffi.get_errno()


def set_errno(value):
    return _ffi.set_errno(value)


def _check_size(typ, typecode=None):
    pass
