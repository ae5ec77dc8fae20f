# os: files and directories on CPython's os.py over pyvm's posix
import os, stat, tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
try:
    # stat_result: fields, indexing, repr shape
    with open('f.txt', 'w') as f:
        f.write('hello')
    st = os.stat('f.txt')
    print(type(st).__name__, type(st).__module__, len(st), st.n_fields, st.n_sequence_fields,
          st.n_unnamed_fields)
    print(st.st_size, st[6], stat.S_ISREG(st.st_mode), st[stat.ST_MODE] == st.st_mode)
    print(isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10**9 == st[8])
    print(st.st_blksize > 0, st.st_nlink, st == os.stat(b'f.txt'))
    print(repr(st).startswith('os.stat_result(st_mode='))
    r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
    print(r, r.st_atime, r.st_blksize)
    try:
        os.stat_result((1, 2))
    except TypeError as e:
        print(e)
    # utime with ns, truncate, chmod
    os.utime('f.txt', ns=(1_000_000_123, 2_000_000_456))
    st = os.stat('f.txt')
    print(st.st_atime_ns, st.st_mtime_ns, st[8], st.st_mtime)
    os.utime('f.txt', (5, 6.5))
    print(os.stat('f.txt').st_mtime)
    os.truncate('f.txt', 2)
    print(open('f.txt').read())
    os.chmod('f.txt', 0o600)
    print(oct(stat.S_IMODE(os.stat('f.txt').st_mode)))
    # links
    os.symlink('f.txt', 'ln')
    os.link('f.txt', 'hard')
    print(os.readlink('ln'), os.path.islink('ln'), os.stat('hard').st_nlink)
    print(stat.S_ISLNK(os.lstat('ln').st_mode), stat.S_ISLNK(os.stat('ln', follow_symlinks=False).st_mode))
    # dirs
    os.makedirs('a/b/c')
    os.makedirs('a/b/c', exist_ok=True)
    try:
        os.makedirs('a/b/c')
    except FileExistsError as e:
        print('FileExistsError', e.filename)
    open('a/b/x.txt', 'w').close()
    for top, dirs, files in os.walk('a'):
        print(top, sorted(dirs), sorted(files))
    for top, dirs, files in os.walk('a', topdown=False):
        print(top, sorted(dirs), sorted(files))
    print(sorted(os.listdir('.')))
    print(sorted(os.listdir(b'.')))
    # scandir / DirEntry
    with os.scandir('.') as it:
        ents = sorted(it, key=lambda e: e.name)
    for e in ents:
        print(repr(e), e.path, e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_file(follow_symlinks=False), e.inode() == e.stat(follow_symlinks=False).st_ino)
    print(os.fspath(ents[0]), isinstance(ents[0], os.PathLike))
    print([e.name for e in os.scandir(b'a')])
    fd = os.open('a', os.O_RDONLY)
    print(sorted(e.name for e in os.scandir(fd)), sorted(os.listdir(fd)))
    print(os.stat('b', dir_fd=fd).st_mode == os.stat('a/b').st_mode)
    os.mkdir('new', dir_fd=fd)
    os.rename('new', 'new2', src_dir_fd=fd, dst_dir_fd=fd)
    os.rmdir('new2', dir_fd=fd)
    os.close(fd)
    if hasattr(os, 'fwalk'):
        print([(t, sorted(d), sorted(f)) for t, d, f, _ in os.fwalk('a')])
    os.renames('a/b/x.txt', 'z/y/x.txt')
    print(os.path.exists('z/y/x.txt'), os.path.exists('a/b/c'))
    os.removedirs('a/b/c')
    print(os.path.exists('a'))
    os.replace('hard', 'f2.txt')
    print(sorted(os.listdir('.')))
    # errors carry errno and filenames
    try:
        os.stat('missing')
    except FileNotFoundError as e:
        print(e.errno, e.strerror, e.filename)
    try:
        os.rename('missing', 'other')
    except OSError as e:
        print(e)
    try:
        os.stat([])
    except TypeError as e:
        print(e)
    try:
        os.open('x\0y', os.O_RDONLY)
    except ValueError as e:
        print(e)
    # fds
    r, w = os.pipe()
    print(os.get_inheritable(r), os.get_blocking(r))
    os.set_inheritable(r, True)
    os.set_blocking(w, False)
    print(os.get_inheritable(r), os.get_blocking(w))
    d = os.dup(w)
    os.write(d, b'abc')
    print(os.read(r, 10))
    for x in (r, w, d):
        os.close(x)
    fd = os.open('f.txt', os.O_RDWR)
    print(os.lseek(fd, 0, os.SEEK_END), os.fstat(fd).st_size)
    os.ftruncate(fd, 0)
    os.fsync(fd)
    print(os.fstat(fd).st_size, os.isatty(fd), os.device_encoding(fd))
    os.close(fd)
    print(os.access('f.txt', os.R_OK), os.access('missing', os.F_OK))
finally:
    os.chdir(old)
    import shutil
    shutil.rmtree(base)
print(os.path.exists(base))
