"""_contextvars for pyvm: Context, ContextVar, Token and copy_context as
in PEP 567. A context's mapping is a dict that is replaced, never changed
in place, so copy_context() is O(1). There is one current context for the
whole VM for now (green threads share it)."""

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return '<Token.MISSING>'


_MISSING = _Missing()


class Context:
    __slots__ = ('_data', '_entered', '__weakref__')

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = prev
            self._entered = False

    def copy(self):
        c = Context()
        c._data = self._data
        return c

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


Context.__module__ = 'contextvars'
_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    __slots__ = ('_name', '_default', '__weakref__')

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        data = _current._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        data = ctx._data
        old = data.get(self, _MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        ctx = _current
        if token._ctx is not ctx:
            raise ValueError('%r was created in a different Context' % (token,))
        new = dict(ctx._data)
        if token._old is _MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._data = new
        token._used = True

    def __repr__(self):
        r = '<ContextVar name=%r' % (self._name,)
        if self._default is not _MISSING:
            r += ' default=%r' % (self._default,)
        return r + ' at 0x%x>' % id(self)

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ContextVar.__module__ = 'contextvars'


class Token:
    __slots__ = ('_ctx', '_var', '_old', '_used')

    MISSING = _MISSING

    def __init__(self, ctx, var, old):
        self._ctx = ctx
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self._var, id(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Token.__module__ = 'contextvars'
