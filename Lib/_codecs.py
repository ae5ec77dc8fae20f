"""_codecs for pyvm: the codec registry and the per-encoding helpers that
CPython's codecs.py and encodings package build on. The conversions
themselves are the VM's str.encode / bytes.decode."""

_search_functions = []
_cache = {}
_error_handlers = {}


def _norm(encoding):
    return encoding.lower().replace(' ', '_')


def register(search_function, /):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function, /):
    try:
        _search_functions.remove(search_function)
    except ValueError:
        pass
    _cache.clear()


def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _norm(encoding)
    info = _cache.get(key)
    if info is not None:
        return info
    if not _search_functions:
        import encodings  # registers its search function
    for f in _search_functions:
        info = f(key)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError('codec search functions must return 4-tuples')
            _cache[key] = info
            return info
    raise LookupError('unknown encoding: %s' % encoding)


def _forget_codec(encoding, /):
    _cache.pop(_norm(encoding), None)


def encode(obj, encoding='utf-8', errors='strict'):
    r = lookup(encoding)[0](obj, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    return r[0]


def decode(obj, encoding='utf-8', errors='strict'):
    r = lookup(encoding)[1](obj, errors)
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    return r[0]


# ---- error handlers ----

def _exc_range(exc):
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return exc.start, exc.end


def strict_errors(exc, /):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc, /):
    return ('', _exc_range(exc)[1])


def replace_errors(exc, /):
    start, end = _exc_range(exc)
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (end - start), end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', end)
    return ('\ufffd' * (end - start), end)


def backslashreplace_errors(exc, /):
    start, end = _exc_range(exc)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[start:end]), end)
    out = []
    for c in exc.object[start:end]:
        n = ord(c)
        out.append('\\x%02x' % n if n < 0x100 else '\\u%04x' % n if n < 0x10000 else '\\U%08x' % n)
    return (''.join(out), end)


def xmlcharrefreplace_errors(exc, /):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    start, end = exc.start, exc.end
    return (''.join('&#%d;' % ord(c) for c in exc.object[start:end]), end)


def namereplace_errors(exc, /):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    out = []
    for c in exc.object[exc.start:exc.end]:
        try:
            out.append('\\N{%s}' % unicodedata.name(c))
        except (ValueError, KeyError):
            out.append(backslashreplace_errors(UnicodeEncodeError('ascii', c, 0, 1, ''))[0])
    return (''.join(out), exc.end)


def surrogateescape_errors(exc, /):
    start, end = _exc_range(exc)
    if isinstance(exc, UnicodeDecodeError):
        bad = exc.object[start:end]
        if any(b < 128 for b in bad):
            raise exc
        return (''.join(chr(0xdc00 + b) for b in bad), end)
    out = bytearray()
    for c in exc.object[start:end]:
        n = ord(c)
        if not 0xdc80 <= n <= 0xdcff:
            raise exc
        out.append(n - 0xdc00)
    return (bytes(out), end)


def surrogatepass_errors(exc, /):
    start, end = _exc_range(exc)
    if isinstance(exc, UnicodeEncodeError):
        return (exc.object[start:end].encode('utf-8', 'surrogatepass'), end)
    raise exc


for _name, _fn in (('strict', strict_errors), ('ignore', ignore_errors),
                   ('replace', replace_errors), ('backslashreplace', backslashreplace_errors),
                   ('xmlcharrefreplace', xmlcharrefreplace_errors),
                   ('namereplace', namereplace_errors),
                   ('surrogateescape', surrogateescape_errors),
                   ('surrogatepass', surrogatepass_errors)):
    _error_handlers[_name] = _fn
del _name, _fn


def register_error(errors, handler, /):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[errors] = handler


def lookup_error(name, /):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError('unknown error handler name %r' % name) from None


# ---- per-encoding helpers: (result, consumed) ----

def _bytes(data):
    if isinstance(data, str):
        return data.encode('utf-8', 'surrogateescape')
    return bytes(data)


def _utf8_incomplete_tail(b):
    """Bytes at the end of b that start a UTF-8 sequence not yet complete."""
    n = len(b)
    for back in range(1, min(4, n) + 1):
        c = b[n - back]
        if c & 0xC0 != 0x80:
            need = 2 if c & 0xE0 == 0xC0 else 3 if c & 0xF0 == 0xE0 else 4 if c & 0xF8 == 0xF0 else 1
            return back if need > back else 0
    return 0


def _encoder(name):
    def enc(str, errors=None, /):
        return (str.encode(name, errors or 'strict'), len(str))
    enc.__name__ = name.replace('-', '_') + '_encode'
    return enc


def _decoder(name, unit=1):
    def dec(data, errors=None, final=False, /):
        b = _bytes(data)
        n = len(b)
        if not final:
            if name == 'utf-8':
                n -= _utf8_incomplete_tail(b)
            elif unit > 1:
                n -= n % unit
            b = b[:n]
        return (b.decode(name, errors or 'strict'), n)
    dec.__name__ = name.replace('-', '_') + '_decode'
    return dec


utf_8_encode = _encoder('utf-8')
utf_8_decode = _decoder('utf-8')
ascii_encode = _encoder('ascii')
latin_1_encode = _encoder('latin-1')
utf_16_encode = _encoder('utf-16')
utf_16_le_encode = _encoder('utf-16-le')
utf_16_be_encode = _encoder('utf-16-be')
utf_16_le_decode = _decoder('utf-16-le', 2)
utf_16_be_decode = _decoder('utf-16-be', 2)
utf_32_encode = _encoder('utf-32')
utf_32_le_encode = _encoder('utf-32-le')
utf_32_be_encode = _encoder('utf-32-be')
utf_32_le_decode = _decoder('utf-32-le', 4)
utf_32_be_decode = _decoder('utf-32-be', 4)
unicode_escape_encode = _encoder('unicode_escape')
raw_unicode_escape_encode = _encoder('raw_unicode_escape')


def ascii_decode(data, errors=None, /):
    b = _bytes(data)
    return (b.decode('ascii', errors or 'strict'), len(b))


def latin_1_decode(data, errors=None, /):
    b = _bytes(data)
    return (b.decode('latin-1', errors or 'strict'), len(b))


def unicode_escape_decode(data, errors=None, final=True, /):
    b = _bytes(data)
    return (b.decode('unicode_escape', errors or 'strict'), len(b))


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    b = _bytes(data)
    return (b.decode('raw_unicode_escape', errors or 'strict'), len(b))


def _bom_decode(data, errors, final, le_name, be_name, unit, bom_le, byteorder=0):
    b = _bytes(data)
    consumed = 0
    name = le_name if byteorder < 0 else be_name if byteorder > 0 else None
    if name is None:
        if b[:unit] == bom_le:
            name, b, consumed, byteorder = le_name, b[unit:], unit, -1
        elif b[:unit] == bom_le[::-1]:
            name, b, consumed, byteorder = be_name, b[unit:], unit, 1
        elif len(b) < unit and not final:
            return ('', 0, 0)
        else:
            name = le_name
    n = len(b) if final else len(b) - len(b) % unit
    return (b[:n].decode(name, errors or 'strict'), consumed + n, byteorder)


def utf_16_decode(data, errors=None, final=False, /):
    r = _bom_decode(data, errors, final, 'utf-16-le', 'utf-16-be', 2, b'\xff\xfe')
    return r[:2]


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _bom_decode(data, errors, final, 'utf-16-le', 'utf-16-be', 2, b'\xff\xfe', byteorder)


def utf_32_decode(data, errors=None, final=False, /):
    r = _bom_decode(data, errors, final, 'utf-32-le', 'utf-32-be', 4, b'\xff\xfe\x00\x00')
    return r[:2]


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    return _bom_decode(data, errors, final, 'utf-32-le', 'utf-32-be', 4, b'\xff\xfe\x00\x00', byteorder)


def escape_encode(data, errors=None, /):
    out = []
    for b in bytes(data):
        if b == 92:
            out.append('\\\\')
        elif b == 39:
            out.append("\\'")
        elif b in (9, 10, 13):
            out.append({9: '\\t', 10: '\\n', 13: '\\r'}[b])
        elif b < 32 or b >= 127:
            out.append('\\x%02x' % b)
        else:
            out.append(chr(b))
    return (''.join(out).encode('latin-1'), len(data))


def escape_decode(data, errors=None, /):
    b = _bytes(data)
    return (b.decode('unicode_escape').encode('latin-1'), len(b))


# ---- charmap codecs (encodings.cp1252 and friends) ----

class EncodingMap:
    __slots__ = ('_map',)

    def __init__(self, m):
        self._map = m

    def size(self):
        return len(self._map)


def charmap_build(map, /):
    return {ord(c): i for i, c in enumerate(map)}


def charmap_decode(data, errors=None, mapping=None, /):
    b = _bytes(data)
    if mapping is None:
        return latin_1_decode(b, errors)
    out = []
    i = 0
    n = len(b)
    while i < n:
        byte = b[i]
        if isinstance(mapping, str):
            c = mapping[byte] if byte < len(mapping) else '\ufffe'
        else:
            c = mapping.get(byte)
            if isinstance(c, int):
                c = chr(c)
            elif c is None:
                c = '\ufffe'
        if c == '\ufffe':
            exc = UnicodeDecodeError('charmap', b, i, i + 1, 'character maps to <undefined>')
            rep, i = lookup_error(errors or 'strict')(exc)
            out.append(rep)
            continue
        out.append(c)
        i += 1
    return (''.join(out), n)


def charmap_encode(str, errors=None, mapping=None, /):
    if mapping is None:
        return latin_1_encode(str, errors)
    if isinstance(mapping, EncodingMap):
        mapping = mapping._map
    out = bytearray()
    i = 0
    n = len(str)
    while i < n:
        v = mapping.get(ord(str[i]))
        if v is None:
            exc = UnicodeEncodeError('charmap', str, i, i + 1, 'character maps to <undefined>')
            rep, i = lookup_error(errors or 'strict')(exc)
            if isinstance(rep, str):
                for c in rep:
                    v2 = mapping.get(ord(c))
                    if v2 is None:
                        raise exc
                    out.extend(v2 if isinstance(v2, bytes) else bytes([v2]))
            else:
                out.extend(rep)
            continue
        out.extend(v if isinstance(v, bytes) else bytes([v]))
        i += 1
    return (bytes(out), n)


# encodings modules keep these as class attributes (IncrementalDecoder.
# _buffer_decode = codecs.utf_8_decode): like C functions they must not
# bind to instances, so wrap them in a callable without __get__.
class _CFunction:
    __slots__ = ('_f', '__name__', '__qualname__', '__doc__')

    def __init__(self, f):
        self._f = f
        self.__name__ = self.__qualname__ = f.__name__
        self.__doc__ = f.__doc__

    def __call__(self, *args, **kwargs):
        return self._f(*args, **kwargs)

    def __repr__(self):
        return '<built-in function %s>' % self.__name__

    def __reduce__(self):
        return self.__name__   # pickled by reference, as _codecs.<name>


def _wrap_all():
    g = globals()
    for name, f in list(g.items()):
        if type(f) is type(_wrap_all) and not name.startswith('_') and name != 'register':
            g[name] = _CFunction(f)
        elif name in ('_forget_codec',):
            g[name] = _CFunction(f)


_wrap_all()
del _wrap_all
