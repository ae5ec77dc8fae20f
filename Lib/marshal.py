"""marshal for pyvm: CPython's marshal format (version 4) for the plain
data types: None, bool, int, float, complex, str, bytes, tuple, list,
dict, set, frozenset, Ellipsis, StopIteration. pyvm's code objects have
their own format, so code objects cannot be marshalled."""

version = 4

_INT32_MIN, _INT32_MAX = -2 ** 31, 2 ** 31 - 1


def _w_long(out, n):
    out += (n & 0xFFFFFFFF).to_bytes(4, 'little')


def _dump(v, out):
    t = type(v)
    if v is None:
        out += b'N'
    elif v is False:
        out += b'F'
    elif v is True:
        out += b'T'
    elif v is ...:
        out += b'.'
    elif v is StopIteration:
        out += b'S'
    elif t is int:
        if _INT32_MIN <= v <= _INT32_MAX:
            out += b'i'
            _w_long(out, v)
        else:
            digits = []
            a = abs(v)
            while a:
                digits.append(a & 0x7FFF)
                a >>= 15
            out += b'l'
            _w_long(out, len(digits) if v > 0 else -len(digits))
            for d in digits:
                out += d.to_bytes(2, 'little')
    elif t is float:
        import struct
        out += b'g' + struct.pack('<d', v)
    elif t is complex:
        import struct
        out += b'y' + struct.pack('<dd', v.real, v.imag)
    elif t is str:
        b = v.encode('utf-8', 'surrogatepass')
        out += b'u'
        _w_long(out, len(b))
        out += b
    elif t is bytes:
        out += b's'
        _w_long(out, len(v))
        out += v
    elif t is tuple:
        if len(v) < 256:
            out += b')' + bytes([len(v)])
        else:
            out += b'('
            _w_long(out, len(v))
        for x in v:
            _dump(x, out)
    elif t is list:
        out += b'['
        _w_long(out, len(v))
        for x in v:
            _dump(x, out)
    elif t is dict:
        out += b'{'
        for k, x in v.items():
            _dump(k, out)
            _dump(x, out)
        out += b'0'
    elif t is set or t is frozenset:
        out += b'<' if t is set else b'>'
        _w_long(out, len(v))
        for x in v:
            _dump(x, out)
    else:
        raise ValueError('unmarshallable object')


def dumps(value, version=version, /):
    out = bytearray()
    _dump(value, out)
    return bytes(out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0
        self.refs = []

    def take(self, n):
        p = self.pos
        if p + n > len(self.data):
            raise EOFError('marshal data too short')
        self.pos = p + n
        return self.data[p:p + n]

    def long(self):
        return int.from_bytes(self.take(4), 'little', signed=True)

    def obj(self):
        code = self.take(1)[0]
        flag = code & 0x80
        c = chr(code & 0x7F)
        if flag:
            idx = len(self.refs)
            self.refs.append(None)
        v = self._obj(c)
        if flag:
            self.refs[idx] = v
        return v

    def _obj(self, c):
        if c == 'N':
            return None
        if c == 'F':
            return False
        if c == 'T':
            return True
        if c == '.':
            return ...
        if c == 'S':
            return StopIteration
        if c == 'i':
            return self.long()
        if c == 'l':
            n = self.long()
            v = 0
            for i in range(abs(n)):
                v |= int.from_bytes(self.take(2), 'little') << (15 * i)
            return -v if n < 0 else v
        if c == 'g':
            import struct
            return struct.unpack('<d', self.take(8))[0]
        if c == 'y':
            import struct
            return complex(*struct.unpack('<dd', self.take(16)))
        if c in 'ut':
            return self.take(self.long()).decode('utf-8', 'surrogatepass')
        if c in 'aA':
            return self.take(self.long()).decode('latin-1')
        if c in 'zZ':
            return self.take(self.take(1)[0]).decode('latin-1')
        if c == 's':
            return self.take(self.long())
        if c == ')':
            return tuple(self.obj() for _ in range(self.take(1)[0]))
        if c == '(':
            return tuple(self.obj() for _ in range(self.long()))
        if c == '[':
            return [self.obj() for _ in range(self.long())]
        if c == '{':
            d = {}
            while self.data[self.pos:self.pos + 1] != b'0':
                k = self.obj()
                d[k] = self.obj()
            self.pos += 1
            return d
        if c in '<>':
            items = [self.obj() for _ in range(self.long())]
            return set(items) if c == '<' else frozenset(items)
        if c == 'r':
            return self.refs[self.long()]
        raise ValueError('bad marshal data (unknown type code)')


def loads(bytes, /):
    return _Reader(bytes).obj()


def load(file, /):
    r = _Reader(file.read())
    v = r.obj()
    return v
