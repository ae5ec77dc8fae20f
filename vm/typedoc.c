/* typedoc.c: __doc__ of the built-in types.  The texts are pyvm's own:
 * a call signature line and one sentence, enough for help() and for code
 * that checks a docstring exists. */
#include "pv.h"
#include <string.h>

static const struct { const char *name, *doc; } docs[] = {
    {"object", "object()\n\nThe root of every class; instances have no attributes of their own."},
    {"type", "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type\n\nThe type of classes."},
    {"int", "int([x]) -> integer\nint(x, base=10) -> integer\n\nAn integer of any size, made from a number or from text in the given base."},
    {"bool", "bool(x) -> bool\n\nTrue or False: the truth value of x."},
    {"float", "float(x=0, /)\n\nA double-precision floating-point number made from a number or text."},
    {"complex", "complex(real=0, imag=0)\n\nA complex number made from two real parts or from text."},
    {"str", "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nAn immutable sequence of Unicode code points."},
    {"bytes", "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(int) -> bytes of that many zeros\n\nAn immutable sequence of bytes."},
    {"bytearray", "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(int) -> bytearray of that many zeros\n\nA mutable sequence of bytes."},
    {"list", "list(iterable=(), /)\n\nA mutable sequence; without an argument, an empty list."},
    {"tuple", "tuple(iterable=(), /)\n\nAn immutable sequence; without an argument, the empty tuple."},
    {"dict", "dict() -> empty dictionary\ndict(mapping) -> dictionary from a mapping's pairs\ndict(iterable) -> dictionary from (key, value) pairs\ndict(**kwargs) -> dictionary from keyword arguments\n\nA mapping from hashable keys to values, in insertion order."},
    {"set", "set() -> empty set\nset(iterable) -> set of the iterable's distinct elements\n\nA mutable collection of distinct hashable elements."},
    {"frozenset", "frozenset() -> empty frozenset\nfrozenset(iterable) -> frozenset of the iterable's distinct elements\n\nAn immutable, hashable set."},
    {"range", "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nAn immutable arithmetic sequence of integers."},
    {"slice", "slice(stop)\nslice(start, stop[, step])\n\nThe index range of an extended subscript such as a[start:stop:step]."},
    {"memoryview", "memoryview(object)\n\nA view on the memory of an object that supports the buffer protocol."},
    {"property", "property(fget=None, fset=None, fdel=None, doc=None)\n\nAn attribute computed by methods."},
    {"staticmethod", "staticmethod(function) -> method\n\nA function stored in a class that receives no implicit first argument."},
    {"classmethod", "classmethod(function) -> method\n\nA function stored in a class that receives the class as first argument."},
    {"super", "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object\nsuper(type, type2) -> bound super object\n\nA proxy that looks up methods in the classes after `type` in the MRO."},
    {"enumerate", "enumerate(iterable, start=0)\n\nAn iterator of (count, value) pairs."},
    {"zip", "zip(*iterables, strict=False)\n\nAn iterator of tuples taking one item from each iterable in turn."},
    {"map", "map(func, *iterables)\n\nAn iterator of func applied to the items of the iterables."},
    {"filter", "filter(function or None, iterable)\n\nAn iterator of the items for which function(item) is true."},
    {"reversed", "reversed(sequence, /)\n\nAn iterator over a sequence, last item first."},
    {"BaseException", "The base of every exception."},
    {"Exception", "The base of ordinary (non-exiting) exceptions."},
};

const char *pv_type_builtin_doc(const PvType *t)
{
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++)
        if (strcmp(docs[i].name, t->name) == 0)
            return docs[i].doc;
    return NULL;
}
