# os.path (CPython's posixpath over pyvm's posix)
import os, os.path as P, tempfile
print(P.join('a', 'b', '/c', 'd'), P.split('/a/b/c.txt'), P.splitext('x.tar.gz'), P.splitext('.bashrc'))
print(P.normpath('/a//b/./c/../d/'), P.normpath(''), P.normpath('//x'), P.normpath(b'a/../../b'))
print(P.basename('/a/b/'), P.dirname('/a/b/c'), P.isabs('/x'), P.isabs('x'))
print(P.commonpath(['/usr/lib', '/usr/local/lib']), P.commonprefix(['interspecies', 'interstellar']))
print(P.relpath('/a/b/c', '/a/d'), P.relpath('x/y', 'x'), P.relpath('/a', '/a'))
os.environ['OSX_V'] = 'val'
print(P.expandvars('$OSX_V/${OSX_V}/$NOPE_X'), P.expanduser('~') == os.environ['HOME'], P.expanduser('~root'))
print(P.splitdrive('/a/b'), P.normcase('AbC'), P.sep if hasattr(P, 'sep') else '')
base = os.path.realpath(tempfile.mkdtemp())
try:
    f = P.join(base, 'f'); open(f, 'w').close()
    os.symlink(f, P.join(base, 'l')); os.mkdir(P.join(base, 'd'))
    os.symlink('d', P.join(base, 'dl'))
    print(P.exists(f), P.isfile(f), P.isdir(P.join(base, 'd')), P.islink(P.join(base, 'l')), P.lexists(P.join(base, 'l')))
    print(P.realpath(P.join(base, 'l')) == f, P.realpath(P.join(base, 'dl', '..', 'f')) == f)
    print(P.samefile(f, P.join(base, 'l')), P.sameopenfile(os.open(f, 0), os.open(f, 0)), P.getsize(f))
    print(P.ismount('/'), P.ismount(base), isinstance(P.getmtime(f), float), P.abspath('x') == P.join(os.getcwd(), 'x'))
    os.remove(f)
    print(P.exists(P.join(base, 'l')), P.lexists(P.join(base, 'l')), P.exists('\0bad'))
finally:
    import shutil; shutil.rmtree(base)
print(P.join(b'a', b'b'), P.basename(b'/x/y'), P.expanduser('~nosuchuserxyz/a'))
try:
    P.join('a', b'b')
except TypeError as e:
    print(e)
