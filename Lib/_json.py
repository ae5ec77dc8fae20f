"""json speedups for pyvm: the interface of CPython's C _json over the
pure-Python code of the json package, with the C module's checks and
messages where they differ (json's tests import both flavours)."""

__all__ = ['encode_basestring', 'encode_basestring_ascii', 'make_encoder', 'make_scanner',
           'scanstring']


def _str_arg(s):
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s' % type(s).__name__)


def encode_basestring(s, /):
    """Return a JSON representation of a Python string"""
    _str_arg(s)
    from json.encoder import py_encode_basestring
    return py_encode_basestring(s)


def encode_basestring_ascii(s, /):
    """Return an ASCII-only JSON representation of a Python string"""
    _str_arg(s)
    from json.encoder import py_encode_basestring_ascii
    return py_encode_basestring_ascii(s)


def scanstring(string, end, strict=True):
    """Scan the string s for a JSON string. End is the index of the
character in s after the quote that started the JSON string."""
    from json.decoder import py_scanstring, JSONDecodeError
    try:
        return py_scanstring(string, end, strict)
    except JSONDecodeError as e:
        if e.msg.startswith('Invalid \\escape: '):
            # the C scanner names no character and points at the backslash
            raise JSONDecodeError('Invalid \\escape', e.doc, e.pos - 1) from None
        raise


class make_scanner:
    """JSON scanner object"""

    def __init__(self, context):
        from json.scanner import py_make_scanner
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self._scan_once = py_make_scanner(context)

    def __call__(self, string, idx):
        return self._scan_once(string, idx)


make_scanner.__module__ = '_json'


class make_encoder:
    """_iterencode(obj, _current_indent_level) -> iterable"""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        if markers is not None and not isinstance(markers, dict):
            raise TypeError("make_encoder() argument 1 must be dict or None, not %s"
                            % type(markers).__name__)
        from json.encoder import _make_iterencode, INFINITY

        def floatstr(o, _repr=float.__repr__, _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant")
            return text

        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self._iterencode = _make_iterencode(markers, default, encoder, indent, floatstr,
                                            key_separator, item_separator, sort_keys,
                                            skipkeys, True)

    def __call__(self, obj, _current_indent_level):
        return tuple(self._iterencode(obj, _current_indent_level))


make_encoder.__module__ = '_json'
