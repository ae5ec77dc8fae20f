# subprocess, os.popen, fork/register_at_fork, platform, getpass (pwd), logging, os misc
import subprocess, sys, os, platform, getpass, logging, io, tempfile, threading
r = subprocess.run(['echo', 'hi'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(['sh', '-c', 'echo out; echo err 1>&2'], stderr=subprocess.STDOUT))
print(subprocess.run('exit 3', shell=True).returncode)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'x' * 100000)
print(len(out), err, p.returncode)
p = subprocess.Popen(['sh', '-c', 'read a; echo got $a'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate('line\n'))
print(subprocess.getoutput('echo a; echo b'), subprocess.getstatusoutput('exit 2'))
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('timeout', e.cmd)
try:
    subprocess.run(['/no/such/program'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
print(subprocess.run(['pwd'], cwd='/', capture_output=True).stdout)
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar', 'PATH': os.environ['PATH']}, capture_output=True).stdout)
with os.popen('echo popen') as f:
    print(f.read())
# two green threads each running a child
res = []
def work(n):
    res.append(subprocess.run(['sh', '-c', 'sleep 0.1; echo %d' % n], capture_output=True, text=True).stdout.strip())
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res))
print(platform.system(), platform.machine() == os.uname().machine, type(platform.python_version()), platform.node() == os.uname().nodename)
print(isinstance(platform.platform(), str), platform.uname().system)
print(getpass.getuser() == (os.environ.get('LOGNAME') or os.environ.get('USER') or getpass.getuser()))
with tempfile.TemporaryDirectory() as d:
    fn = os.path.join(d, 'log.txt')
    log = logging.getLogger('osx')
    h = logging.FileHandler(fn)
    h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
    log.addHandler(h); log.setLevel(logging.INFO)
    log.info('to file %d', 1); log.debug('hidden'); log.warning('warn')
    h.close(); log.removeHandler(h)
    print(open(fn).read(), end='')
logging.basicConfig(stream=sys.stdout, format='%(levelname)s %(message)s', level=logging.DEBUG)
logging.debug('dbg'); logging.error('err %s', 'x')
print(os.cpu_count() >= 1, len(os.urandom(16)), len(os.getrandom(4)), os.getpid() == os.getpid(), os.getppid() > 0)
print(os.waitstatus_to_exitcode(256), os.WEXITSTATUS(512), os.WIFSIGNALED(9), os.WTERMSIG(9))
pid = os.fork()
if pid == 0:
    os._exit(7)
_, st = os.waitpid(pid, 0)
print('child exit', os.waitstatus_to_exitcode(st))
calls = []
os.register_at_fork(before=lambda: calls.append('b'), after_in_parent=lambda: calls.append('p'))
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
print(calls)
try:
    os.register_at_fork()
except TypeError as e:
    print(e)
print(os.sysconf('SC_PAGESIZE') > 0, os.confstr('CS_PATH') is not None, os.times().elapsed > 0, sorted(os.uname()._fields) if hasattr(os.uname(), '_fields') else len(os.uname()))
print(os.fsencode('a\udcff'), repr(os.fsdecode(b'a\xff')), os.fspath(b'x'))
os.putenv('OSX_T', '1'); os.environ['OSX_U'] = '2'
print(subprocess.run(['sh', '-c', 'echo $OSX_U'], capture_output=True, text=True).stdout.strip(), os.environ.get('OSX_T'), os.getenv('OSX_U'), os.environb[b'OSX_U'])
del os.environ['OSX_U']
print('OSX_U' in os.environ, os.get_exec_path()[:0])
print(os.sep, os.pathsep, os.linesep == '\n', os.devnull, os.curdir, os.pardir, os.extsep, os.altsep, os.name)
print(sorted(f.__name__ for f in os.supports_dir_fd), sorted(f.__name__ for f in os.supports_fd), sorted(f.__name__ for f in os.supports_follow_symlinks), sorted(f.__name__ for f in os.supports_effective_ids))
class P:
    def __fspath__(self): return '/x'
print(isinstance(P(), os.PathLike), issubclass(str, os.PathLike), os.PathLike[str], os.fspath(P()))
print(os.get_terminal_size.__name__)
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print('OSError', e.errno)
