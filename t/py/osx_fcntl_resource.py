# fcntl and resource modules
import fcntl, resource, os, tempfile
r, w = os.pipe()
fl = fcntl.fcntl(r, fcntl.F_GETFL)
fcntl.fcntl(r, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(bool(fcntl.fcntl(r, fcntl.F_GETFL) & os.O_NONBLOCK), fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
os.close(r); os.close(w)
with tempfile.TemporaryFile() as f:
    fcntl.flock(f, fcntl.LOCK_EX)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fcntl.lockf(f, fcntl.LOCK_UN)
    print('locks ok')
try:
    fcntl.fcntl(-1, fcntl.F_GETFD)
except ValueError as e:
    print(e)
try:
    fcntl.flock(999, fcntl.LOCK_EX)
except OSError as e:
    print(e.errno)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(soft > 0, hard == resource.RLIM_INFINITY or hard >= soft)
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, len(u), isinstance(u.ru_utime, float), u.ru_maxrss > 0, u[2] == u.ru_maxrss)
print(resource.getpagesize() == os.sysconf('SC_PAGESIZE'), resource.error is OSError)
try:
    resource.getrlimit(99)
except ValueError as e:
    print(e)
