"""posix: the POSIX system calls as CPython's `posix` module.

The C module `_posix` (modules/os.c, os_misc.c, os_proc.c) makes the
system calls and answers plain tuples; this file adds what is easier in
Python: the struct-sequence result types, DirEntry and scandir,
register_at_fork. CPython's own os.py is then used unchanged on top.
"""

import _posix
from _posix import *
from _posix import _exit, _have_functions

error = OSError
_GenericAlias = type(list[int])


# ---- struct sequences ----

class _structseq(tuple):
    """A tuple of the first n_sequence_fields values with the other fields
    reachable by name only, as CPython's struct sequences."""
    n_sequence_fields = n_fields = n_unnamed_fields = 0
    _fields_all = ()   # every field name in order, None for the unnamed ones

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n, vis, tot = len(seq), cls.n_sequence_fields, cls.n_fields
        if n < vis:
            if vis == tot:
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)"
                                % (cls._tname, vis, n))
            raise TypeError("%s() takes an at least %d-sequence (%d-sequence given)"
                            % (cls._tname, vis, n))
        if n > tot:
            if vis == tot:
                raise TypeError("%s() takes a %d-sequence (%d-sequence given)"
                                % (cls._tname, vis, n))
            raise TypeError("%s() takes an at most %d-sequence (%d-sequence given)"
                            % (cls._tname, tot, n))
        rest = list(seq[vis:]) + [None] * (tot - n)
        if dict:
            for i in range(n, tot):
                name = cls._fields_all[i]
                if name in dict:
                    rest[i - vis] = dict[name]
        self = cls._make(seq[:vis], rest)
        self._post()
        return self

    def _post(self):
        pass

    @classmethod
    def _make(cls, visible, rest=()):
        self = tuple.__new__(cls, visible)
        self._rest = tuple(rest)
        return self

    def __repr__(self):
        names = [f for f in self._fields_all if f is not None]
        return '%s(%s)' % (self._tname, ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self)))

    def __reduce__(self):
        vis = self.n_sequence_fields
        extra = {}
        for i, name in enumerate(self._fields_all[vis:], vis):
            if name is not None:
                extra[name] = self._rest[i - vis]
        return (type(self), (tuple(self), extra))


def _field(i, vis):
    if i < vis:
        return property(lambda self: self[i])
    return property(lambda self: self._rest[i - vis])


def _structseq_type(tname, fields, n_sequence_fields=None, module='posix'):
    fields = tuple(None if f == '-' else f for f in fields.split())
    vis = len(fields) if n_sequence_fields is None else n_sequence_fields
    ns = {'_fields_all': fields, '_tname': tname, '__slots__': (),
          'n_sequence_fields': vis, 'n_fields': len(fields),
          'n_unnamed_fields': fields.count(None), '__module__': module,
          '__match_args__': tuple(f for f in fields[:vis] if f is not None)}
    for i, f in enumerate(fields):
        if f is not None:
            ns[f] = _field(i, vis)
    return type(tname.rpartition('.')[2], (_structseq,), ns)


stat_result = _structseq_type(
    'os.stat_result',
    'st_mode st_ino st_dev st_nlink st_uid st_gid st_size - - - st_atime st_mtime '
    'st_ctime st_atime_ns st_mtime_ns st_ctime_ns st_blksize st_blocks st_rdev', 10, 'os')


def _stat_fill_times(self):
    # made from a 10-tuple: the float times are the int ones
    r = self._rest
    if None in r[:3]:
        self._rest = tuple(self[7 + i] if i < 3 and r[i] is None else r[i]
                           for i in range(len(r)))


stat_result._post = _stat_fill_times


def _stat_from_raw(raw):
    # raw: mode ino dev nlink uid gid size atime_ns mtime_ns ctime_ns
    # blksize blocks rdev
    a, m, c = raw[7], raw[8], raw[9]
    sa, sm, sc = a // 1000000000, m // 1000000000, c // 1000000000
    return stat_result._make(
        raw[:7] + (sa, sm, sc),
        (sa + (a - sa * 1000000000) * 1e-9, sm + (m - sm * 1000000000) * 1e-9,
         sc + (c - sc * 1000000000) * 1e-9, a, m, c, raw[10], raw[11], raw[12]))


statvfs_result = _structseq_type(
    'os.statvfs_result',
    'f_bsize f_frsize f_blocks f_bfree f_bavail f_files f_ffree f_favail f_flag '
    'f_namemax f_fsid', 10, 'os')
terminal_size = _structseq_type('os.terminal_size', 'columns lines', None, 'os')
times_result = _structseq_type(
    'posix.times_result', 'user system children_user children_system elapsed')
uname_result = _structseq_type(
    'posix.uname_result', 'sysname nodename release version machine')


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _stat_from_raw(_posix.stat(path, dir_fd=dir_fd, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _stat_from_raw(_posix.lstat(path, dir_fd=dir_fd))


def fstat(fd):
    return _stat_from_raw(_posix.fstat(fd))


def statvfs(path):
    r = _posix.statvfs(path)
    return statvfs_result._make(r[:10], r[10:])


def fstatvfs(fd):
    r = _posix.fstatvfs(fd)
    return statvfs_result._make(r[:10], r[10:])


def get_terminal_size(fd=1):
    return terminal_size._make(_posix._get_terminal_size(fd))


def uname():
    return uname_result._make(_posix._uname())


def times():
    return times_result._make(_posix._times())


def device_encoding(fd):
    return 'UTF-8' if isatty(fd) else None


def wait():
    return waitpid(-1, 0)


# ---- directories ----

_DT_DIR, _DT_REG, _DT_LNK = 4, 8, 10
_S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000


class DirEntry:
    __slots__ = ('name', 'path', '_type', '_ino', '_stat', '_lstat', '_dir_fd')

    def __init__(self, *a):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _new(cls, name, path, d_type, ino, dir_fd):
        self = object.__new__(cls)
        self.name = name
        self.path = path
        self._type = d_type
        self._ino = ino
        self._dir_fd = dir_fd
        self._stat = self._lstat = None
        return self

    def inode(self):
        return self._ino

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                if self._dir_fd is None:
                    self._lstat = lstat(self.path)
                else:
                    self._lstat = lstat(self.name, dir_fd=self._dir_fd)
            return self._lstat
        if self._stat is None:
            if self.is_symlink():
                if self._dir_fd is None:
                    self._stat = stat(self.path)
                else:
                    self._stat = stat(self.name, dir_fd=self._dir_fd)
            else:
                self._stat = self.stat(follow_symlinks=False)
        return self._stat

    def _test(self, dt, fmt, follow):
        t = self._type
        if t and not (follow and t == _DT_LNK):
            return t == dt
        try:
            st = self.stat(follow_symlinks=follow)
        except FileNotFoundError:
            return False
        return st.st_mode & _S_IFMT == fmt

    def is_dir(self, *, follow_symlinks=True):
        return self._test(_DT_DIR, _S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test(_DT_REG, _S_IFREG, follow_symlinks)

    def is_symlink(self):
        return self._test(_DT_LNK, _S_IFLNK, False)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    __class_getitem__ = classmethod(_GenericAlias)


DirEntry.__module__ = 'posix'


class ScandirIterator:
    def __init__(self, entries):
        self._it = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def scandir(path=None):
    if path is None:
        top, fd = '.', None
    elif isinstance(path, int) and not isinstance(path, bool):
        top, fd = None, path
    else:
        top, fd = path, None
    raw = _posix._scandir(path)
    if top is not None and not isinstance(top, (str, bytes)):
        top = top.__fspath__()
    if top is None:
        ents = [DirEntry._new(n, n, t, i, fd) for n, t, i in raw]
    else:
        sep = b'/' if isinstance(top, bytes) else '/'
        pre = top if top.endswith(sep) else top + sep
        ents = [DirEntry._new(n, pre + n, t, i, None) for n, t, i in raw]
    return ScandirIterator(ents)


# ---- fork ----

_at_fork = ([], [], [])   # before, after_in_child, after_in_parent


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError("At least one argument is required.")
    for name, f in (('before', before), ('after_in_child', after_in_child),
                    ('after_in_parent', after_in_parent)):
        if f is not None and not callable(f):
            raise TypeError("'%s' must be callable, not %s" % (name, type(f).__name__))
    for lst, f in zip(_at_fork, (before, after_in_child, after_in_parent)):
        if f is not None:
            lst.append(f)


def _run_hooks(hooks):
    for f in hooks:
        try:
            f()
        except BaseException as e:
            import sys
            print('Exception ignored in: %r' % (f,), file=sys.stderr)
            import traceback
            traceback.print_exception(e)


def fork():
    _run_hooks(reversed(_at_fork[0]))
    pid = _posix.fork()
    _run_hooks(_at_fork[1] if pid == 0 else _at_fork[2])
    return pid
