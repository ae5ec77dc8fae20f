"""DLL: the original pyvm interface to C libraries, on top of `ffi`.

    lib = DLL.dllopen("libm.so.6")
    cos = lib.get(('d', 'cos', 'd'))            # (result, name, arguments)
    sleep = lib.get(('i', 'sleep', 'i'), blocking=True)

Argument codes: i (register-size int), f (float), d (double), s (char *),
z (char * or None), v (void *: an int address, bytes, bytearray, ffi
memory), p8 p16 p32 p64 pf pd pv (pointer to an array of char / short /
int / long long / float / double / pointer-size ints: ffi memory or a
bytearray by reference, a list or tuple copied in). Result codes: '' (void),
i, f, d, s (char * copied to str).
"""
import ffi

_ARG = {'i': 'long', 'f': 'float', 'd': 'double', 's': 'const char *', 'z': 'const char *',
        'v': 'void *', 'p8': 'char *', 'p16': 'short *', 'p32': 'int *',
        'p64': 'long long *', 'pf': 'float *', 'pd': 'double *', 'pv': 'intptr_t *'}
_RET = {'': 'void', 'v': 'void', 'i': 'long', 'f': 'float', 'd': 'double', 's': 'char *'}
_ITEM = {'p8': 'char', 'p16': 'short', 'p32': 'int', 'p64': 'long long', 'pf': 'float',
         'pd': 'double', 'pv': 'intptr_t'}


def _codes(args):
    if not isinstance(args, str):
        return list(args)
    out = []
    i = 0
    while i < len(args):
        c = args[i]
        if c == 'p':
            j = i + 1
            while j < len(args) and args[j] in '0123456789fdv' and not (j > i + 1 and args[j] in 'fdv'):
                j += 1
                if args[j - 1] in 'fdv':
                    break
            c = args[i:j]
            i = j
        else:
            i += 1
        if c not in _ARG:
            raise ValueError("DLL: unknown argument code %r" % c)
        out.append(c)
    return out


class Library:
    def __init__(self, path):
        self.path = path
        self._lib = ffi.open(path)

    def __repr__(self):
        return "<DLL %r>" % (self.path,)

    def get(self, sig, blocking=False):
        ret, name, args = sig
        if ret not in _RET:
            raise ValueError("DLL: unknown result code %r" % (ret,))
        codes = _codes(args)
        decl = "%s %s(%s)" % (_RET[ret], name, ", ".join(_ARG[c] for c in codes) or "void")
        fn = self._lib.declare(decl, blocking=blocking)
        copies = [(i, _ITEM[c]) for i, c in enumerate(codes) if c in _ITEM]
        if not copies:
            return fn

        def call(*a):
            a = list(a)
            for i, item in copies:
                if i < len(a) and isinstance(a[i], (list, tuple)):
                    a[i] = ffi.new(item + "[]", a[i])
            return fn(*a)
        call.__name__ = name
        return call

    link = get

    def sym(self, name):
        """The address of a symbol, as an int."""
        return self._lib.address_of(name)


def dllopen(path=None):
    return Library(path)


def CJIT(source, flags=(), cc=None):
    """Compile C source into a shared library (cached by the SHA-256 of the
    compiler, flags and source) and open it."""
    if cc is None:
        path = ffi._compile(source, list(flags))
    else:
        path = ffi._compile(source, list(flags), cc)
    return Library(path)
