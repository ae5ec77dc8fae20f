# os: files and directories, errors with errno and filename
import os, stat

print(os.name, os.sep, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.pathsep)
base = '/tmp/pyvm_os_files_%d' % os.getpid()
os.mkdir(base)
try:
    os.mkdir(base)
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename == base, e.strerror)
os.makedirs(os.path.join(base, 'a', 'b', 'c'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
p = os.path.join(base, 'f.txt')
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print('write', os.write(fd, b'hello world\n'))
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, -6, os.SEEK_END), os.read(fd, 100), os.read(fd, 100))
st = os.fstat(fd)
os.close(fd)
print('size', st.st_size, os.path.getsize(p), stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) == 0o644 & ~0o022 or True)
s = os.stat(p)
print(type(s).__name__, s.st_size == s[6], isinstance(s.st_mtime, float), s.st_mtime_ns // 10**9 == s[8])
print(sorted(os.listdir(base)))
print(sorted(e.name for e in os.scandir(base)), [e.is_dir() for e in sorted(os.scandir(base), key=lambda e: e.name)])
os.rename(p, p + '2')
print(os.path.exists(p), os.path.isfile(p + '2'), os.path.isdir(base), os.path.isdir(p + '2'))
os.replace(p + '2', p)
os.symlink(p, p + '.lnk')
print(os.path.islink(p + '.lnk'), os.path.islink(p), os.readlink(p + '.lnk') == p, os.path.realpath(p + '.lnk') == os.path.realpath(p))
os.unlink(p + '.lnk')
os.remove(p)
for err in (lambda: os.stat(p), lambda: os.remove(p), lambda: os.rmdir(base), lambda: os.listdir(p), lambda: open(p)):
    try:
        err()
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == p or e.filename == base, str(e).replace(base, 'BASE'))
try:
    os.rename(p, p + 'x')
except OSError as e:
    print(type(e).__name__, str(e).replace(base, 'BASE'))
walked = [(os.path.relpath(t, base), sorted(d), sorted(f)) for t, d, f in os.walk(base)]
print(walked)
os.removedirs(os.path.join(base, 'a', 'b', 'c'))
print(os.path.exists(base))
cwd = os.getcwd()
os.chdir('/tmp')
print(os.getcwd())
os.chdir(cwd)
print(os.getcwd() == cwd)
r, w = os.pipe()
os.write(w, b'through the pipe')
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
fd2 = os.dup(1)
os.close(fd2)
print(os.strerror(2), os.access('/', os.R_OK), os.access('/nonexistent', os.F_OK))
print(len(os.urandom(16)), os.cpu_count() >= 1, os.getpid() > 0, os.getppid() > 0)
os.environ['PYVM_TEST_X'] = 'abc'
print(os.getenv('PYVM_TEST_X'), os.environ.get('PYVM_TEST_X'), 'PYVM_TEST_X' in os.environ)
del os.environ['PYVM_TEST_X']
print(os.getenv('PYVM_TEST_X'), os.getenv('PYVM_TEST_X', 'dflt'))
print(os.system('exit 3') >> 8, os.WEXITSTATUS(os.system('exit 5')), os.waitstatus_to_exitcode(os.system('kill -9 $$')))
