"""itertools for pyvm, written in Python: the interpreter runs these
iterators stackless (their __next__ and the callables they call are plain
Python frames). API and reprs follow CPython 3.11."""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_marker = object()


def _num_check(v):
    if not isinstance(v, (int, float, complex)):
        try:
            v + 0
        except TypeError:
            raise TypeError('a number is required') from None


class count:
    __slots__ = ('_n', '_step')

    def __init__(self, start=0, step=1):
        _num_check(start)
        _num_check(step)
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)

    def __reduce__(self):
        if type(self._step) is int and self._step == 1:
            return (type(self), (self._n,))
        return (type(self), (self._n, self._step))


class cycle:
    __slots__ = ('_it', '_saved', '_i', '_first')

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = 0
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            for x in self._it:
                self._saved.append(x)
                return x
            self._first = False
        saved = self._saved
        if not saved:
            raise StopIteration
        x = saved[self._i]
        self._i = (self._i + 1) % len(saved)
        return x


class repeat:
    __slots__ = ('_obj', '_times')

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = times.__index__()
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._times)

    def __reduce__(self):
        if self._times is None:
            return (type(self), (self._obj,))
        return (type(self), (self._obj, self._times))


class accumulate:
    __slots__ = ('_it', '_func', '_total', '_initial')

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _marker
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        x = next(self._it)
        if self._total is _marker:
            self._total = x
        elif self._func is None:
            self._total = self._total + x
        else:
            self._total = self._func(self._total, x)
        return self._total


class chain:
    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while self._source is not None:
            if self._active is None:
                for src in self._source:
                    self._active = iter(src)
                    break
                else:
                    self._source = None
                    raise StopIteration
            for x in self._active:
                return x
            self._active = None
        raise StopIteration

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress:
    __slots__ = ('_data', '_sel')

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        data, sel = self._data, self._sel
        while True:
            d = next(data)
            if next(sel):
                return d


class dropwhile:
    __slots__ = ('_pred', '_it', '_done')

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            return next(self._it)
        for x in self._it:
            if not self._pred(x):
                self._done = True
                return x
        raise StopIteration


class takewhile:
    __slots__ = ('_pred', '_it', '_done')

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse:
    __slots__ = ('_pred', '_it')

    def __init__(self, function, iterable):
        self._pred = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if not (bool(x) if pred is None else pred(x)):
                return x
        raise StopIteration


class _grouper:
    __slots__ = ('_parent', '_key')

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._cur is not self:
            raise StopIteration
        if p._tgt is _marker:
            p._step()
        if p._tgt is _marker or not (p._tgt == self._key):
            raise StopIteration
        v = p._val
        p._tgt = _marker
        return v


class groupby:
    __slots__ = ('_it', '_keyfunc', '_tgt', '_val', '_curkey', '_cur', '_end')

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgt = _marker      # key of the item in _val, _marker: none read
        self._val = None
        self._curkey = _marker
        self._cur = None
        self._end = False

    def _step(self):
        try:
            v = next(self._it)
        except StopIteration:
            self._end = True
            raise
        self._val = v
        self._tgt = v if self._keyfunc is None else self._keyfunc(v)

    def __iter__(self):
        return self

    def __next__(self):
        self._cur = None
        while True:
            if self._tgt is _marker:
                self._step()
            if self._curkey is _marker or not (self._tgt == self._curkey):
                break
            self._tgt = _marker
        self._curkey = self._tgt
        self._cur = _grouper(self, self._curkey)
        return (self._curkey, self._cur)


def _index_arg(v):
    if v is None:
        return None
    try:
        v = v.__index__()
    except AttributeError:
        raise ValueError('Stop argument for islice() must be None or an '
                         'integer: 0 <= x <= sys.maxsize.') from None
    return v


class islice:
    __slots__ = ('_it', '_next', '_stop', '_step', '_cnt')

    def __init__(self, iterable, *args):
        if len(args) == 1:
            start, stop, step = None, args[0], None
        elif len(args) in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        else:
            raise TypeError('islice expected at most 4 arguments, got %d'
                            % (len(args) + 1) if args else
                            'islice expected at least 2 arguments, got 1')
        if stop is not None:
            try:
                stop = stop.__index__()
            except AttributeError:
                stop = -1
            if stop < 0:
                raise ValueError('Stop argument for islice() must be None or an '
                                 'integer: 0 <= x <= sys.maxsize.')
        if start is None:
            start = 0
        else:
            try:
                start = start.__index__()
            except AttributeError:
                start = -1
        if step is None:
            step = 1
        else:
            try:
                step = step.__index__()
            except AttributeError:
                step = -1
        if start < 0 or step <= 0:
            if start < 0:
                raise ValueError('Indices for islice() must be None or an '
                                 'integer: 0 <= x <= sys.maxsize.')
            raise ValueError('Step for islice() must be a positive integer or None.')
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            if stop is not None and self._cnt >= stop:
                self._it = None
                raise StopIteration
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return x


class pairwise:
    __slots__ = ('_it', '_old')

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._old is _marker:
            try:
                self._old = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(it)
        except StopIteration:
            self._it = None
            raise
        old = self._old
        self._old = new
        return (old, new)


class starmap:
    __slots__ = ('_func', '_it')

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


class _tee_link:
    __slots__ = ('value', 'next')


class _tee:
    __slots__ = ('_it', '_link', '__weakref__')

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._it = iterable._it
            self._link = iterable._link
        else:
            self._it = iter(iterable)
            self._link = _tee_link()
            self._link.next = None

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            v = next(self._it)
            new = _tee_link()
            new.next = None
            link.value = v
            link.next = new
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self)


_tee.__name__ = _tee.__qualname__ = '_tee'


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if not isinstance(it, _tee):
        copy = getattr(it, '__copy__', None)
        first = it if copy is not None else _tee(it)
    else:
        first = it
    result = [first]
    for i in range(n - 1):
        result.append(first.__copy__() if hasattr(first, '__copy__') else _tee(first))
    return tuple(result)


class zip_longest:
    __slots__ = ('_its', '_fill', '_active')

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._fill = fillvalue
        self._active = len(self._its)

    def __iter__(self):
        return self

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i in range(len(its)):
            it = its[i]
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    self._its = []
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


class product:
    __slots__ = ('_pools', '_idx', '_done')

    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(p) for p in iterables] * repeat
        self._pools = pools
        self._idx = None
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        idx = self._idx
        if idx is None:
            for p in pools:
                if not p:
                    self._done = True
                    raise StopIteration
            self._idx = [0] * len(pools)
            return tuple(p[0] for p in pools)
        i = len(pools) - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            self._done = True
            raise StopIteration
        return tuple(pools[k][idx[k]] for k in range(len(pools)))


class combinations:
    __slots__ = ('_pool', '_r', '_idx', '_done')

    def __init__(self, iterable, r):
        r = r.__index__()
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._idx = None
        self._done = r > len(self._pool)

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        idx = self._idx
        if idx is None:
            self._idx = idx = list(range(r))
        else:
            i = r - 1
            while i >= 0 and idx[i] == i + n - r:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            idx[i] += 1
            for j in range(i + 1, r):
                idx[j] = idx[j - 1] + 1
        return tuple(pool[i] for i in idx)


class combinations_with_replacement:
    __slots__ = ('_pool', '_r', '_idx', '_done')

    def __init__(self, iterable, r):
        r = r.__index__()
        if r < 0:
            raise ValueError('r must be non-negative')
        self._pool = tuple(iterable)
        self._r = r
        self._idx = None
        self._done = not self._pool and r > 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        idx = self._idx
        if idx is None:
            self._idx = idx = [0] * r
        else:
            i = r - 1
            while i >= 0 and idx[i] == n - 1:
                i -= 1
            if i < 0:
                self._done = True
                raise StopIteration
            v = idx[i] + 1
            for j in range(i, r):
                idx[j] = v
        return tuple(pool[i] for i in idx)


class permutations:
    __slots__ = ('_pool', '_r', '_idx', '_cycles', '_done')

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = r.__index__()
            if r < 0:
                raise ValueError('r must be non-negative')
        self._pool = pool
        self._r = r
        self._idx = None
        self._cycles = None
        self._done = r > n

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        pool, r = self._pool, self._r
        n = len(pool)
        if self._idx is None:
            self._idx = list(range(n))
            self._cycles = list(range(n, n - r, -1))
            return tuple(pool[i] for i in self._idx[:r])
        idx, cycles = self._idx, self._cycles
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                idx[i:] = idx[i + 1:] + idx[i:i + 1]
                cycles[i] = n - i
                i -= 1
            else:
                j = cycles[i]
                idx[i], idx[-j] = idx[-j], idx[i]
                return tuple(pool[k] for k in idx[:r])
        self._done = True
        raise StopIteration
