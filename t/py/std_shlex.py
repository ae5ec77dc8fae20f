import shlex
print(shlex.split('a "b c" d\\ e \'f g\' # not comment'), shlex.split('x # comment', comments=True), shlex.split('a "b\\"c"', posix=True))
print(shlex.split("it's", posix=False) if False else '', shlex.quote("it's"), shlex.quote(''), shlex.quote('safe-1.0'), shlex.join(['a b', 'c', "d'e"]))
lx = shlex.shlex('a=b; c && d', punctuation_chars=True); print(list(lx))
lx2 = shlex.shlex('foo(bar, "baz")'); print(list(lx2))
l3 = shlex.shlex('a b', posix=True); l3.whitespace_split = True; print(list(l3))
try:
    shlex.split('"unterminated')
except ValueError as e:
    print(e)
print(shlex.split(''), shlex.split('  '), shlex.split('a\nb\tc'))
