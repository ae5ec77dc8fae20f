"""_operator for pyvm: only what operator.py has no pure-Python fallback
for (_compare_digest, used by hmac and secrets). operator.py supplies the
rest itself."""

__all__ = ['_compare_digest']


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
