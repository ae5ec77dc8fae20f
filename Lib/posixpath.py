"""Path name operations for POSIX (os.path)."""

import os
import stat as _stat

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ['join', 'split', 'splitext', 'basename', 'dirname', 'exists', 'lexists',
           'isfile', 'isdir', 'islink', 'isabs', 'abspath', 'realpath', 'normpath',
           'normcase', 'expanduser', 'expandvars', 'getsize', 'getmtime', 'getatime',
           'getctime', 'relpath', 'commonprefix', 'commonpath', 'samefile', 'splitdrive',
           'ismount', 'sep', 'pathsep', 'curdir', 'pardir', 'extsep', 'altsep', 'devnull']


def _seps(p):
    # the separator, '.' and '..' in p's own type (str or bytes)
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b''
    return '/', '.', '..', ''


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    slash = _seps(a)[0]
    path = a
    for b in map(os.fspath, p):
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    slash, dot, _, empty = _seps(p)
    last_sep = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        i = last_sep + 1
        while i < last_dot:
            if p[i:i + 1] != dot:
                return p[:last_dot], p[last_dot:]
            i += 1
    return p, empty


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        return (os.stat(path) if follow else os.lstat(path)).st_mode
    except (OSError, ValueError):
        return None


def isfile(path):
    m = _mode(path)
    return m is not None and _stat.S_ISREG(m)


def isdir(s):
    m = _mode(s)
    return m is not None and _stat.S_ISDIR(m)


def islink(path):
    m = _mode(path, False)
    return m is not None and _stat.S_ISLNK(m)


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1, s2 = os.stat(f1), os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def normpath(path):
    path = os.fspath(path)
    slash, dot, dotdot, empty = _seps(path)
    if path == empty:
        return dot
    # POSIX keeps exactly two leading slashes, folds three or more into one
    lead = 0
    if path.startswith(slash):
        lead = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for comp in path.split(slash):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not lead and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = slash * lead + slash.join(parts)
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    slash, dot, dotdot, empty = _seps(filename)
    if not isabs(filename):
        filename = join(os.getcwdb() if isinstance(filename, bytes) else os.getcwd(), filename)
    done = slash
    todo = [c for c in filename.split(slash) if c]
    todo.reverse()
    hops = 0
    while todo:
        comp = todo.pop()
        if comp == dot:
            continue
        if comp == dotdot:
            done = dirname(done) or slash
            continue
        cand = join(done, comp)
        try:
            st = os.lstat(cand)
        except OSError:
            if strict:
                raise
            done = cand
            continue
        if not _stat.S_ISLNK(st.st_mode):
            done = cand
            continue
        hops += 1
        if hops > 40:
            if strict:
                raise OSError(40, 'Too many levels of symbolic links', cand)
            done = cand
            continue
        target = os.readlink(cand)
        if target.startswith(slash):
            done = slash
        rest = [c for c in target.split(slash) if c]
        rest.reverse()
        todo.extend(rest)
    return done


def expanduser(path):
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    slash = _seps(path)[0]
    if not path.startswith(tilde):
        return path
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = os.environ.get('HOME')
        if home is None:
            return path
        if isinstance(path, bytes):
            home = home.encode()
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode()
        home = None
        try:
            with open('/etc/passwd') as f:
                for line in f:
                    fields = line.rstrip('\n').split(':')
                    if len(fields) > 5 and fields[0] == name:
                        home = fields[5]
                        break
        except OSError:
            pass
        if home is None:
            return path
        if isinstance(path, bytes):
            home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        return expandvars(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    if '$' not in path:
        return path
    out = []
    i, n = 0, len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path[i + 1:i + 2] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_'):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:end] if end > i + 1 else '$')
        i = end if end > i + 1 else i + 1
    return ''.join(out)


def relpath(path, start=None):
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    slash, dot, dotdot, empty = _seps(path)
    if start is None:
        start = dot
    start = os.fspath(start)
    a = [x for x in abspath(start).split(slash) if x]
    b = [x for x in abspath(path).split(slash) if x]
    i = len(commonprefix([a, b]))
    rel = [dotdot] * (len(a) - i) + b[i:]
    return join(*rel) if rel else dot


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1, s2 = min(m), max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    slash, dot, _, _ = _seps(paths[0])
    absflags = {p.startswith(slash) for p in paths}
    if len(absflags) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
    lo, hi = min(split_paths), max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    return (slash if paths[0].startswith(slash) else slash[:0]) + slash.join(common)
