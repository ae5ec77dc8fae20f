"""Operating system interfaces (POSIX), on top of the built-in `posix`."""

import sys
import posix
from posix import *
from posix import _exit, _fork_exec, _scandir

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

error = OSError


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    # Accepted for the stdlib (random, logging) that registers handlers;
    # posix.fork here does not run them.
    for f in (before, after_in_child, after_in_parent):
        if f is not None and not callable(f):
            raise TypeError("Args must be callable")


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    f = getattr(type(path), '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(path).__name__)
    r = f(path)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(path).__name__, type(r).__name__))
    return r


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8', 'surrogateescape') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'surrogateescape') if isinstance(filename, bytes) else filename


class PathLike:
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, '__fspath__') or NotImplemented


# ---- stat results ----

class stat_result(tuple):
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
              'st_size', 'st_atime', 'st_mtime', 'st_ctime')

    def __new__(cls, raw):
        raw = tuple(raw)
        self = tuple.__new__(cls, raw[:7] + (raw[7] // 10**9, raw[8] // 10**9, raw[9] // 10**9))
        self._raw = raw
        return self

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'

    def __reduce__(self):
        return (stat_result, (self._raw,))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._raw[7] / 1e9)
    st_mtime = property(lambda self: self._raw[8] / 1e9)
    st_ctime = property(lambda self: self._raw[9] / 1e9)
    st_atime_ns = property(lambda self: self._raw[7])
    st_mtime_ns = property(lambda self: self._raw[8])
    st_ctime_ns = property(lambda self: self._raw[9])
    st_blksize = property(lambda self: self._raw[10])
    st_blocks = property(lambda self: self._raw[11])
    st_rdev = property(lambda self: self._raw[12])


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(posix.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(posix.lstat(path))


def fstat(fd):
    return stat_result(posix.fstat(fd))


class terminal_size(tuple):
    def __new__(cls, t):
        return tuple.__new__(cls, t)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % self


def get_terminal_size(fd=1):
    return terminal_size(posix.get_terminal_size(fd))


# ---- the environment ----

class _Environ(dict):
    """os.environ: a dict whose changes reach the C environment too."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not " + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not " + type(value).__name__)
        putenv(key, value)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key):
        dict.__delitem__(self, key)
        unsetenv(key)

    def pop(self, key, *default):
        if key in self:
            v = self[key]
            del self[key]
            return v
        if default:
            return default[0]
        raise KeyError(key)

    def setdefault(self, key, value=None):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, *args, **kw):
        for k, v in dict(*args, **kw).items():
            self[k] = v

    def clear(self):
        for k in list(self):
            del self[k]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return 'environ(' + dict.__repr__(self) + ')'


environ = _Environ(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get('PATH', defpath).split(pathsep)


# ---- directories ----

class DirEntry:
    __slots__ = ('name', 'path', '_type', '_ino', '_stat', '_lstat')

    def __init__(self, top, name, d_type, ino):
        self.name = name
        self.path = path.join(top, name)
        self._type = d_type
        self._ino = ino
        self._stat = self._lstat = None

    def inode(self):
        return self._ino

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def _kind(self, bit, follow):
        # d_type: 4 dir, 8 regular, 10 symlink, 0 unknown
        if self._type and (self._type != 10 or not follow):
            return self._type == bit
        try:
            st = self.stat(follow_symlinks=follow)
        except OSError:
            return False
        return (st.st_mode & 0o170000) == {4: 0o040000, 8: 0o100000, 10: 0o120000}[bit]

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(4, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._kind(8, follow_symlinks)

    def is_symlink(self):
        return self._kind(10, False)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    def __init__(self, top):
        self._top = top
        self._it = iter(_scandir(top))

    def __iter__(self):
        return self

    def __next__(self):
        name, d_type, ino = next(self._it)
        return DirEntry(self._top, name, d_type, ino)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as e:
        if onerror is not None:
            onerror(e)
        return
    dirs, files = [], []
    for e in entries:
        (dirs if e.is_dir() else files).append(e.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            p = path.join(top, d)
            if followlinks or not path.islink(p):
                yield from walk(p, topdown, onerror, followlinks)
    else:
        for d in dirs:
            p = path.join(top, d)
            if followlinks or not path.islink(p):
                yield from walk(p, topdown, onerror, followlinks)
        yield top, dirs, files


# ---- processes ----

def _exec_candidates(file, env=None):
    if sep in file:
        return [file]
    return [path.join(d or curdir, file) for d in get_exec_path(env)]


def execvp(file, args):
    execvpe(file, args, None)


def execvpe(file, args, env):
    err = None
    for c in _exec_candidates(file, env):
        try:
            if env is None:
                execv(c, args)
            else:
                execve(c, args, env)
        except (FileNotFoundError, NotADirectoryError) as e:
            err = err or e
        except OSError as e:
            err = e
    raise err


def execl(file, *args):
    execv(file, args)


def execlp(file, *args):
    execvp(file, args)


def popen(cmd, mode='r', buffering=-1):
    import subprocess
    if mode not in ('r', 'w'):
        raise ValueError("invalid mode %r" % mode)
    if mode == 'r':
        p = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE)
        return _wrap_close(p.stdout, p)
    p = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE)
    return _wrap_close(p.stdin, p)


class _wrap_close:
    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        rc = self._proc.wait()
        return None if rc == 0 else rc << 8

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


import posixpath as path
sys.modules['os.path'] = path
