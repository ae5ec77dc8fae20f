# os.path (posixpath): pure functions, compared with CPython
import os
import os.path
import posixpath
print(os.path is posixpath)
for a in [('a', 'b'), ('/a', 'b', '/c'), ('a/', 'b'), ('', 'x'), ('a', ''), (b'x', b'y')]:
    print(a, os.path.join(*a))
for p in ['/a/b/c.txt', 'a/b/', '/', '', 'c', '//x//y', '.bashrc', 'a.b.c', 'a/.b', '/a/b.', b'/x/y.z']:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.isabs(p))
for p in ['a//b', 'a/./b', 'a/../b', '/../a', '../../a/b/..', '//a/b', '///a', '', '.', 'a/b/../../..', b'/a/./b/']:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.relpath('/a/b/c', '/a/x'), os.path.relpath('/a/b', '/a/b'), os.path.relpath('/a', '/a/b/c'))
print(os.path.commonprefix(['/usr/lib', '/usr/local', '/usr/li']), repr(os.path.commonprefix([])))
print(os.path.commonpath(['/usr/lib', '/usr/local/x', '/usr/lib2']), os.path.commonpath(['a/b', 'a/c']))
os.environ['PYVM_T'] = 'val'
print(os.path.expandvars('x $PYVM_T ${PYVM_T}y $NOPE_NOT_SET ${NOPE} $ end$'))
os.environ['HOME'] = '/home/someone'
print(os.path.expanduser('~/x'), os.path.expanduser('~'), os.path.expanduser('a~'))
print(os.path.abspath('/a/../b/./c'), os.path.abspath('x') == os.path.join(os.getcwd(), 'x'))
print(os.path.exists('/'), os.path.exists('/no/such/path'), os.path.isdir('/tmp'), os.path.isfile('/tmp'), os.path.islink('/no'))
print(os.path.ismount('/'), os.path.lexists('/'))
print(os.fspath('x'), os.fsencode('é'), os.fsdecode(b'\xc3\xa9'))
class P:
    def __fspath__(self):
        return '/tmp'
print(os.path.join(P(), 'x'), os.path.isdir(P()), os.stat(P()).st_mode == os.stat('/tmp').st_mode)
try:
    os.path.join('a', b'b')
except TypeError as e:
    print('TypeError', e)
try:
    os.stat(3.5)
except TypeError as e:
    print('TypeError', e)
