"""_datetime for pyvm: CPython's pure-Python datetime.py, run in this
module's namespace, with the messages of CPython's C _datetime (which
programs and tests see, as CPython always has the C module).

datetime.py ends with `from _datetime import *`: it then takes the classes
defined here, whose helper functions live in this namespace. Each edit
below replaces text within one line, so tracebacks keep datetime.py's
line numbers."""

import sys as _sys

_EDITS = [
    # argument checks: one message, no (message, value) pairs
    ("raise ValueError('year must be in %d..%d' % (MINYEAR, MAXYEAR), year)",
     "raise ValueError('year %i is out of range' % year)"),
    ("raise ValueError('day must be in 1..%d' % dim, day)",
     "raise ValueError('day is out of range for month')"),
    ("raise ValueError('month must be in 1..12', month)", "raise ValueError('month must be in 1..12')"),
    ("raise ValueError('hour must be in 0..23', hour)", "raise ValueError('hour must be in 0..23')"),
    ("raise ValueError('minute must be in 0..59', minute)",
     "raise ValueError('minute must be in 0..59')"),
    ("raise ValueError('second must be in 0..59', second)",
     "raise ValueError('second must be in 0..59')"),
    ("raise ValueError('microsecond must be in 0..999999', microsecond)",
     "raise ValueError('microsecond must be in 0..999999')"),
    ("raise ValueError('fold must be either 0 or 1', fold)",
     "raise ValueError('fold must be either 0 or 1')"),
    ('raise TypeError("tzinfo argument must be None or of a tzinfo subclass")',
     'raise TypeError("tzinfo argument must be None or of a tzinfo subclass, '
     'not type \'%s\'" % type(tz).__name__)'),
    ('raise TypeError("tz argument must be an instance of tzinfo")',
     'raise TypeError("tzinfo argument must be None or of a tzinfo subclass, '
     'not type \'%s\'" % type(tz).__name__)'),
    # ranges
    ('raise OverflowError("timedelta # of days is too large: %d" % d)',
     'raise OverflowError("days=%d; must have magnitude <= 999999999" % d)'),
    ('raise OverflowError("result out of range")', 'raise OverflowError("date value out of range")'),
    ('raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")',
     'raise ValueError(f"Invalid day: {day} (range is [1, 7])")'),
    # naive/aware mixes
    ('raise TypeError("cannot compare naive and aware times")',
     'raise TypeError("can\'t compare offset-naive and offset-aware times")'),
    ('raise TypeError("cannot compare naive and aware datetimes")',
     'raise TypeError("can\'t compare offset-naive and offset-aware datetimes")'),
    ('raise TypeError("cannot mix naive and timezone-aware time")',
     'raise TypeError("can\'t subtract offset-naive and offset-aware datetimes")'),
    # tzinfo / timezone
    ('raise NotImplementedError("tzinfo subclass must override tzname()")',
     'raise NotImplementedError("a tzinfo subclass must implement tzname()")'),
    ('raise NotImplementedError("tzinfo subclass must override utcoffset()")',
     'raise NotImplementedError("a tzinfo subclass must implement utcoffset()")'),
    ('raise NotImplementedError("tzinfo subclass must override dst()")',
     'raise NotImplementedError("a tzinfo subclass must implement dst()")'),
    ('raise TypeError("offset must be a timedelta")',
     'raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" '
     '% type(offset).__name__)'),
    ('raise TypeError("name must be a string")',
     'raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)'),
    ('"timedelta(hours=24).")', '"timedelta(hours=24), not %r." % (offset,))'),
    ('raise TypeError("utcoffset() argument must be a datetime instance"',
     'raise TypeError("utcoffset(dt) argument must be a datetime instance"'),
    ('raise TypeError("tzname() argument must be a datetime instance"',
     'raise TypeError("tzname(dt) argument must be a datetime instance"'),
    ('raise TypeError("dst() argument must be a datetime instance"',
     'raise TypeError("dst(dt) argument must be a datetime instance"'),
    ('raise TypeError("fromutc() argument must be a datetime instance"\n'
     '                        " or None")',
     'raise TypeError("fromutc: argument must be a datetime"\n'
     '                        "")'),
    ('                        " or None")',
     '                        " or None, not %s" % type(dt).__name__)'),
    ('raise TypeError("date argument must be a date instance")',
     'raise TypeError("combine() argument 1 must be datetime.date, not %s" '
     '% type(date).__name__)'),
    ('raise TypeError("time argument must be a time instance")',
     'raise TypeError("combine() argument 2 must be datetime.time, not %s" '
     '% type(time).__name__)'),
    ('raise TypeError("must be str, not %s" % type(fmt).__name__)',
     'raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)'),
    ("        y, m, d = _ord2ymd(n)\n        return cls(y, m, d)",
     "        y, m, d = _ord2ymd(_ordinal_arg(n))\n        return cls(y, m, d)"),
    # reprs
    ("return (f'{self.__class__.__name__}'",
     "return (f'{self.__class__.__module__}.{self.__class__.__name__}'"),
]


def _load():
    import os
    for d in _sys.path:
        path = os.path.join(d or '.', 'datetime.py')
        if os.path.isfile(path):
            with open(path, encoding='utf-8') as f:
                src = f.read()
            cut = src.rfind('\ntry:\n    from _datetime import *')
            if cut > 0:
                return path, src[:cut + 1]
    raise ImportError('no pure-Python datetime.py on sys.path')


def _ordinal_arg(n):
    if n < 1:
        raise ValueError('ordinal must be >= 1')
    return n


def _build():
    path, src = _load()
    for old, new in _EDITS:
        src = src.replace(old, new)
    ns = {'__name__': 'datetime', '__builtins__': __builtins__, '__file__': path,
          '_ordinal_arg': _ordinal_arg}
    exec(compile(src, path, 'exec'), ns)
    # IsoCalendarDate reprs as datetime.IsoCalendarDate, as the C type
    ns['_IsoCalendarDate'].__module__ = 'datetime'
    return ns


_ns = _build()
__doc__ = _ns['__doc__']
for _k in ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR'):
    globals()[_k] = _ns[_k]
del _k, _ns, _build, _load, _EDITS, _ordinal_arg
