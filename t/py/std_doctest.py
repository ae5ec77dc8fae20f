"""Module doc.

>>> 1 + 1
2
>>> print('hi')
hi
"""
import doctest, sys, io

def add(a, b):
    """Add things.

    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> add(1, '2')
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for +: 'int' and 'str'
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> add(
    ...     3, 4)
    7
    """
    return a + b

def wrong():
    """
    >>> wrong()
    42
    >>> 1 / 0
    Traceback (most recent call last):
    ValueError: nope
    >>> undefined_name
    """
    return 41

class K:
    """
    >>> K().m()
    'm'
    """
    def m(self):
        """
        >>> K().m() == 'm'
        True
        """
        return 'm'

out = io.StringIO()
old = sys.stdout
sys.stdout = out
try:
    res = doctest.testmod(verbose=False)
finally:
    sys.stdout = old
print(out.getvalue().replace(__file__, 'FILE'))
print(res)
out = io.StringIO(); sys.stdout = out
try:
    res = doctest.run_docstring_examples(add, {'add': add}, verbose=True, name='add')
finally:
    sys.stdout = old
print(out.getvalue())
finder = doctest.DocTestFinder()
tests = finder.find(sys.modules[__name__])
print(sorted((t.name.split('.', 1)[-1], len(t.examples)) for t in tests))
p = doctest.DocTestParser()
ex = p.get_examples(">>> x = 1\n>>> x + 1\n2\n")
print([(e.source, e.want) for e in ex])
r = doctest.DocTestRunner(verbose=False, optionflags=doctest.NORMALIZE_WHITESPACE)
t = p.get_doctest(">>> print('a   b')\na b\n", {}, 'ws', 'ws.py', 0)
out = io.StringIO(); sys.stdout = out
try:
    print(r.run(t))
finally:
    sys.stdout = old
print(out.getvalue())
