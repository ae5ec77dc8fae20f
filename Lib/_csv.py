"""_csv for pyvm: the CSV reader/writer engine under CPython's csv.py.
The reader is a character state machine fed line by line (quoted fields
may span lines); the writer quotes and escapes by the dialect's rules."""

__version__ = '1.0'

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


Error.__module__ = '_csv'


def _char(name, v, allow_none):
    if v is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be a 1-character string' % name)
    if not isinstance(v, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, ' or None' if allow_none else '', type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class Dialect:
    """CSV dialect: the formatting parameters of a reader or writer."""
    __slots__ = ('delimiter', 'quotechar', 'escapechar', 'doublequote',
                 'skipinitialspace', 'lineterminator', 'quoting', 'strict')

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def param(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and hasattr(dialect, name):
                return getattr(dialect, name)
            return default
        for k in kwargs:
            if k not in Dialect.__slots__:
                raise TypeError("'%s' is an invalid keyword argument for Dialect()" % k)
        quoting = param('quoting', QUOTE_MINIMAL)
        if not isinstance(quoting, int) or quoting not in range(4):
            raise TypeError('bad "quoting" value')
        set_ = object.__setattr__
        set_(self, 'quoting', quoting)
        set_(self, 'delimiter', _char('delimiter', param('delimiter', ','), False))
        qc = param('quotechar', '"')
        set_(self, 'quotechar', _char('quotechar', qc, True))
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        set_(self, 'escapechar', _char('escapechar', param('escapechar', None), True))
        set_(self, 'doublequote', bool(param('doublequote', True)))
        set_(self, 'skipinitialspace', bool(param('skipinitialspace', False)))
        lt = param('lineterminator', '\r\n')
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        set_(self, 'lineterminator', lt)
        set_(self, 'strict', bool(param('strict', False)))

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


Dialect.__module__ = '_csv'


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = args[0]
    return old


(START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
 ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL) = range(9)


class Reader:
    def __init__(self, iterable, dialect='excel', **kwargs):
        self._it = iter(iterable)
        self.dialect = Dialect(dialect, **kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self):
        f = ''.join(self._field)
        self._field = []
        if self._unquoted and f and self.dialect.quoting == QUOTE_NONNUMERIC:
            f = float(f)
        self._fields.append(f)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _process(self, c):
        # c is one character, or None at the end of a line
        d = self.dialect
        st = self._state
        if st == START_RECORD:
            if c is None:
                return
            if c == '\n' or c == '\r':
                self._state = EAT_CRNL
                return
            st = self._state = START_FIELD
        if st == START_FIELD:
            self._unquoted = True
            if c is None or c == '\n' or c == '\r':
                self._save()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._unquoted = False
                self._state = IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                self._add(c)
                self._state = IN_FIELD
        elif st == ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is None else c)
            self._state = IN_FIELD
        elif st == AFTER_ESCAPED_CRNL:
            if c is None:
                return
            self._state = IN_FIELD
            self._process(c)
        elif st == IN_FIELD:
            if c is None or c == '\n' or c == '\r':
                self._save()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif c == d.escapechar:
                self._state = ESCAPED_CHAR
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            else:
                self._add(c)
        elif st == IN_QUOTED_FIELD:
            if c is None:
                pass
            elif c == d.escapechar:
                self._state = ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = QUOTE_IN_QUOTED_FIELD if d.doublequote else IN_FIELD
            else:
                self._add(c)
        elif st == ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is None else c)
            self._state = IN_QUOTED_FIELD
        elif st == QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save()
                self._state = START_FIELD
            elif c is None or c == '\n' or c == '\r':
                self._save()
                self._state = START_RECORD if c is None else EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif st == EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is None:
                self._state = START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = START_RECORD
        self._unquoted = True
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s '
                            '(the file should be opened in text mode)' % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == '\0':
                    raise Error('line contains NUL')
                self._process(c)
            self._process(None)
            if self._state == START_RECORD:
                break
        return self._fields


class Writer:
    def __init__(self, fileobj, dialect='excel', **kwargs):
        self._write = fileobj.write
        self.dialect = Dialect(dialect, **kwargs)

    def _quote(self, field, quoted):
        d = self.dialect
        specials = d.delimiter + (d.quotechar or '') + (d.escapechar or '') + d.lineterminator + '\n\r'
        out = []
        need = quoted
        for c in field:
            if c in specials and c:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                            out.append(c)
                            need = True
                            continue
                        want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    else:
                        want_escape = False
                    need = True
                if want_escape:
                    if not d.escapechar:
                        raise Error('need to escape, but no escapechar set')
                    out.append(d.escapechar)
            out.append(c)
        s = ''.join(out)
        if need:
            s = d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        d = self.dialect
        try:
            items = list(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        parts = []
        for f in items:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(f, (int, float)) or isinstance(f, bool)
            else:
                quoted = d.quoting == QUOTE_ALL
            if f is None:
                s = ''
            elif isinstance(f, float):
                s = repr(f)
            else:
                s = str(f)
            parts.append(self._quote(s, quoted))
        if len(items) == 1 and parts[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect='excel', **fmtparams):
    return Reader(csvfile, dialect, **fmtparams)


def writer(fileobj, dialect='excel', **fmtparams):
    return Writer(fileobj, dialect, **fmtparams)
