"""_collections for pyvm: deque and defaultdict, written in Python.
(collections has its own pure-Python OrderedDict and _count_elements.)

deque is a ring buffer in a list: _buf has a power-of-two capacity, items
live at _buf[(_head + i) & (cap - 1)]. _state counts mutations so that
iterators notice them as CPython's do."""

__all__ = ['deque', 'defaultdict']

import sys as _sys

_active_reprs = set()


class deque:
    __abc_tpflags__ = 1 << 5  # matched by `case [...]` like a sequence
    __slots__ = ('_buf', '_head', '_len', '_maxlen', '_state', '__weakref__')

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._maxlen = None
        self._state = 0
        return self

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = maxlen.__index__()
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        if self._len:
            self.clear()
        if iterable is not None:
            self.extend(iterable)

    # -- storage --
    def _grow(self):
        buf, n, h = self._buf, self._len, self._head
        cap = len(buf)
        mask = cap - 1
        new = [buf[(h + i) & mask] for i in range(n)]
        new.extend([None] * (cap * 2 - n))
        self._buf = new
        self._head = 0

    def _at(self, i):
        return self._buf[(self._head + i) & (len(self._buf) - 1)]

    def _items(self):
        buf, h = self._buf, self._head
        mask = len(buf) - 1
        return [buf[(h + i) & mask] for i in range(self._len)]

    def _set_items(self, items):
        cap = 8
        while cap < len(items) + 1:
            cap *= 2
        self._buf = list(items) + [None] * (cap - len(items))
        self._head = 0
        self._len = len(items)
        self._state += 1

    # -- adding and removing --
    def append(self, x):
        if self._maxlen == 0:
            return
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        buf[(self._head + self._len) & (len(buf) - 1)] = x
        self._len += 1
        self._state += 1
        if self._maxlen is not None and self._len > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._len == len(self._buf):
            self._grow()
        buf = self._buf
        self._head = (self._head - 1) & (len(buf) - 1)
        buf[self._head] = x
        self._len += 1
        self._state += 1
        if self._maxlen is not None and self._len > self._maxlen:
            self.pop()

    def pop(self):
        if not self._len:
            raise IndexError('pop from an empty deque')
        buf = self._buf
        i = (self._head + self._len - 1) & (len(buf) - 1)
        x = buf[i]
        buf[i] = None
        self._len -= 1
        self._state += 1
        return x

    def popleft(self):
        if not self._len:
            raise IndexError('pop from an empty deque')
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) & (len(buf) - 1)
        self._len -= 1
        self._state += 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._buf = [None] * 8
        self._head = 0
        self._len = 0
        self._state += 1

    def copy(self):
        if type(self) is deque:
            d = deque(maxlen=self._maxlen)
            d._set_items(self._items())
            return d
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        state = self._state
        for i in range(self._len):
            v = self._at(i)
            if v is x or v == x:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, x, start=0, stop=_sys.maxsize):
        n = self._len
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        stop = min(stop, n)
        state = self._state
        for i in range(start, stop):
            v = self._at(i)
            if v is x or v == x:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (x,))

    def insert(self, i, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        state = self._state
        for i in range(self._len):
            v = self._at(i)
            if v is value or v == value:
                if state != self._state:
                    raise IndexError('deque mutated during remove().')
                del self[i]
                return
            if state != self._state:
                raise IndexError('deque mutated during remove().')
        raise ValueError('deque.remove(x): x not in deque')

    def reverse(self):
        items = self._items()
        items.reverse()
        self._set_items(items)

    def rotate(self, n=1):
        ln = self._len
        if ln <= 1:
            return
        n = n.__index__() % ln
        if n == 0:
            return
        items = self._items()
        self._set_items(items[-n:] + items[:-n])

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    # -- sequence protocol --
    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len != 0

    def _index(self, i):
        if not isinstance(i, int):
            try:
                i = i.__index__()
            except AttributeError:
                raise TypeError('sequence index must be integer, not %r'
                                % type(i).__name__) from None
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._at(self._index(i))

    def __setitem__(self, i, x):
        i = self._index(i)
        self._buf[(self._head + i) & (len(self._buf) - 1)] = x

    def __delitem__(self, i):
        i = self._index(i)
        items = self._items()
        del items[i]
        self._set_items(items)

    def __contains__(self, x):
        state = self._state
        for i in range(self._len):
            v = self._at(i)
            if v is x or v == x:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    def __repr__(self):
        key = id(self)
        if key in _active_reprs:
            return '[...]'
        _active_reprs.add(key)
        try:
            body = repr(self._items())
        finally:
            _active_reprs.discard(key)
        name = type(self).__name__
        if self._maxlen is not None:
            return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)
        return '%s(%s)' % (name, body)

    # -- comparisons --
    def _cmp(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._cmp(other, list.__eq__)

    def __ne__(self, other):
        return self._cmp(other, list.__ne__)

    def __lt__(self, other):
        return self._cmp(other, list.__lt__)

    def __le__(self, other):
        return self._cmp(other, list.__le__)

    def __gt__(self, other):
        return self._cmp(other, list.__gt__)

    def __ge__(self, other):
        return self._cmp(other, list.__ge__)

    __hash__ = None

    # -- arithmetic --
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        d = self.copy()
        d.extend(other)
        return d

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        d = self.copy()
        d *= n
        return d

    __rmul__ = __mul__

    def __imul__(self, n):
        n = n.__index__()
        items = self._items()
        if n <= 0 or not items:
            self.clear()
            return self
        if self._maxlen is not None and len(items) * n > self._maxlen:
            items = (items * ((self._maxlen + len(items) - 1) // len(items) + 1))
            self._set_items(items[len(items) - self._maxlen:] if self._maxlen else [])
        else:
            self._set_items(items * n)
        return self

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        if self._maxlen is None:
            return (type(self), ((),), state, iter(self))
        return (type(self), ((), self._maxlen), state, iter(self))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _deque_iterator:
    __slots__ = ('_d', '_i', '_state')

    def __init__(self, d, index=0):
        self._d = d
        self._i = index
        self._state = d._state

    def __iter__(self):
        return self

    def __next__(self):
        d = self._d
        if d is None:
            raise StopIteration
        if self._state != d._state:
            self._d = None
            raise RuntimeError('deque mutated during iteration')
        i = self._i
        if i >= d._len:
            self._d = None
            raise StopIteration
        self._i = i + 1
        return d._at(i)

    def __length_hint__(self):
        return 0 if self._d is None else self._d._len - self._i


class _deque_reverse_iterator(_deque_iterator):
    __slots__ = ()

    def __next__(self):
        d = self._d
        if d is None:
            raise StopIteration
        if self._state != d._state:
            self._d = None
            raise RuntimeError('deque mutated during iteration')
        i = self._i
        if i >= d._len:
            self._d = None
            raise StopIteration
        self._i = i + 1
        return d._at(d._len - 1 - i)


class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        key = id(self)
        if key in _active_reprs:
            return '...'
        _active_reprs.add(key)
        try:
            f = self.default_factory
            if f is None:
                frepr = 'None'
            elif id(f) in _active_reprs:
                frepr = '...'
            else:
                frepr = repr(f)
            return '%s(%s, %s)' % (type(self).__name__, frepr, dict.__repr__(self))
        finally:
            _active_reprs.discard(key)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return (type(self), args, None, None, iter(self.items()))

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# CPython's C types are named collections.deque and collections.defaultdict
deque.__module__ = 'collections'
defaultdict.__module__ = 'collections'
