"""Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience."""

# pyvm: what operator.py has no pure-Python fallback for (_compare_digest,
# used by hmac and secrets), plus the few names whose pure-Python versions
# behave visibly unlike CPython's C ones (index, itemgetter, attrgetter,
# methodcaller: messages, argument checks). operator.py supplies the rest.

__all__ = ['index', 'itemgetter', 'attrgetter', 'methodcaller']


def index(a, /):
    "Same as a.__index__()"
    # range() applies __index__ with CPython's TypeError message.
    return range(a).stop


class _Final:
    __slots__ = ()

    def __init_subclass__(cls, **kw):
        if _Final in cls.__bases__:
            return
        raise TypeError("type 'operator.%s' is not an acceptable base type"
                        % cls.__mro__[1].__name__)


def _one_arg(name, args, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)
    if len(args) != 1:
        raise TypeError("%s expected 1 argument, got %d" % (name, len(args)))
    return args[0]


class itemgetter(_Final):
    """Return a callable object that fetches the given item(s) from its operand.
After f = itemgetter(2), the call f(r) returns r[2].
After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])"""
    __slots__ = ('_items', '_call')

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items
        if len(items) == 1:
            item = items[0]
            def func(obj):
                return obj[item]
        else:
            def func(obj):
                return tuple([obj[i] for i in items])
        self._call = func

    def __call__(self, *args, **kwargs):
        return self._call(_one_arg('itemgetter', args, kwargs))

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return self.__class__, self._items


class attrgetter(_Final):
    """Return a callable object that fetches the given attribute(s) from its operand.
After f = attrgetter('name'), the call f(r) returns r.name.
After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
After h = attrgetter('name.first', 'name.last'), the call h(r) returns
(r.name.first, r.name.last)."""
    __slots__ = ('_attrs', '_call')

    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError('attribute name must be a string')
        self._attrs = attrs
        paths = [a.split('.') for a in attrs]
        def get(obj, names):
            for name in names:
                obj = getattr(obj, name)
            return obj
        if len(paths) == 1:
            names = paths[0]
            if len(names) == 1:
                name = names[0]
                def func(obj):
                    return getattr(obj, name)
            else:
                def func(obj):
                    return get(obj, names)
        else:
            def func(obj):
                return tuple([get(obj, n) for n in paths])
        self._call = func

    def __call__(self, *args, **kwargs):
        return self._call(_one_arg('attrgetter', args, kwargs))

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return self.__class__, self._attrs


class methodcaller(_Final):
    """Return a callable object that calls the given method on its operand.
After f = methodcaller('name'), the call f(r) returns r.name().
After g = methodcaller('name', 'date', foo=1), the call g(r) returns
r.name('date', foo=1)."""
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, the method name")
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        obj = _one_arg('methodcaller', args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)]
        args.extend(map(repr, self._args))
        args.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(args)

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


for _c in (itemgetter, attrgetter, methodcaller):
    _c.__module__ = 'operator'
del _c


def _compare_digest(a, b, /):
    """Return 'a == b' in time that does not depend on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a = a.encode('ascii')
        b = b.encode('ascii')
    elif isinstance(a, str) or isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    else:
        try:
            a = memoryview(a).tobytes()
            b = memoryview(b).tobytes()
        except TypeError:
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__)) from None
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
