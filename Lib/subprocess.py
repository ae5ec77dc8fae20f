"""Child processes: run, Popen, call, check_call, check_output.

Waiting for a child (Popen.wait) and reading or writing its pipes are
real-blocking calls of the posix module: the calling green thread waits,
the others keep running. communicate() pumps each pipe in its own green
thread, so a child that fills one pipe while we write the other never
deadlocks us.
"""

import os
import sys
import time
import _thread
from _posix import _fork_exec

__all__ = ['Popen', 'PIPE', 'STDOUT', 'DEVNULL', 'call', 'check_call', 'check_output',
           'run', 'CompletedProcess', 'CalledProcessError', 'TimeoutExpired',
           'SubprocessError', 'getoutput', 'getstatusoutput', 'list2cmdline']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_signames = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 6: 'SIGABRT', 9: 'SIGKILL',
             11: 'SIGSEGV', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


def _exec_candidates(file, env):
    if os.sep in file:
        return [file]
    return [os.path.join(d or os.curdir, file) for d in os.get_exec_path(env)]


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            sig = -self.returncode
            name = _signames.get(sig)
            if name:
                return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, sig)
            return "Command '%s' died with unknown signal %d." % (self.cmd, sig)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        if self.stdout is not None:
            parts.append('stdout=%r' % (self.stdout,))
        if self.stderr is not None:
            parts.append('stderr=%r' % (self.stderr,))
        return 'CompletedProcess(' + ', '.join(parts) + ')'

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate(data, text, encoding, errors):
    if not text:
        return data
    s = data.decode(encoding or 'utf-8', errors or 'strict')
    return s.replace('\r\n', '\n').replace('\r', '\n')


class _Pipe:
    """A file over one end of a pipe to the child; reads and writes go
    through os.read/os.write, which let the other green threads run."""

    def __init__(self, fd, mode, text, encoding, errors):
        self._fd = fd
        self.mode = mode
        self._text = text
        self._encoding = encoding or 'utf-8'
        self._errors = errors or 'strict'
        self._buf = b''
        self.closed = False

    def fileno(self):
        return self._fd

    def _chunk(self):
        return os.read(self._fd, 65536)

    def read(self, n=-1):
        if n is None or n < 0:
            parts = [self._buf]
            self._buf = b''
            while True:
                b = self._chunk()
                if not b:
                    break
                parts.append(b)
            data = b''.join(parts)
        else:
            while len(self._buf) < n:
                b = self._chunk()
                if not b:
                    break
                self._buf += b
            data, self._buf = self._buf[:n], self._buf[n:]
        return _translate(data, self._text, self._encoding, self._errors)

    def readline(self):
        while b'\n' not in self._buf:
            b = self._chunk()
            if not b:
                break
            self._buf += b
        i = self._buf.find(b'\n') + 1 or len(self._buf)
        line, self._buf = self._buf[:i], self._buf[i:]
        return _translate(line, self._text, self._encoding, self._errors)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        if self._text:
            data = data.encode(self._encoding, self._errors)
        view = bytes(data)
        while view:
            n = os.write(self._fd, view)
            view = view[n:]
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            os.close(self._fd)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()


def _cleanup():
    """CPython reaps finished children here; pyvm's Popen waits for its own."""


def list2cmdline(seq):
    return ' '.join(seq)


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.text_mode = bool(text or universal_newlines or encoding or errors)
        self.encoding = encoding
        self.errors = errors
        self._readers = None
        if isinstance(args, (str, bytes)):
            argv = ['/bin/sh', '-c', args] if shell else [args]
        else:
            argv = [os.fspath(a) if not isinstance(a, (str, bytes)) else a for a in args]
            if shell:
                argv = ['/bin/sh', '-c'] + argv
        if executable is None:
            executable = argv[0]
        executable = os.fspath(executable)
        if cwd is not None:
            cwd = os.fspath(cwd)
        if env is not None:
            env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
        to_close = []   # child ends, closed here after the fork
        mine = []       # parent ends (closed if the launch fails)

        def child_fd(spec, is_input, name):
            if spec is None:
                return -1
            if spec == PIPE:
                r, w = os.pipe()
                if is_input:
                    to_close.append(r)
                    mine.append(w)
                    setattr(self, name, _Pipe(w, 'wb', self.text_mode, encoding, errors))
                    return r
                to_close.append(w)
                mine.append(r)
                setattr(self, name, _Pipe(r, 'rb', self.text_mode, encoding, errors))
                return w
            if spec == DEVNULL:
                fd = os.open(os.devnull, os.O_RDWR)
                to_close.append(fd)
                return fd
            if isinstance(spec, int):
                return spec
            return spec.fileno()

        try:
            fd0 = child_fd(stdin, True, 'stdin')
            fd1 = child_fd(stdout, False, 'stdout')
            if stderr == STDOUT:
                fd2 = fd1 if fd1 != -1 else 1
            else:
                fd2 = child_fd(stderr, False, 'stderr')
            cands = _exec_candidates(executable, env)
            self.pid = _fork_exec(cands, argv, env, cwd, fd0, fd1, fd2, close_fds,
                                  start_new_session)
        except BaseException:
            for fd in mine:
                try:
                    os.close(fd)
                except OSError:
                    pass
            raise
        finally:
            for fd in to_close:
                os.close(fd)

    def __repr__(self):
        return '<Popen: returncode: %s args: %r>' % (self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, tb):
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            self.wait()

    def _status(self, status):
        self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def poll(self):
        if self.returncode is None:
            try:
                pid, st = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                self.returncode = 0
                return 0
            if pid == self.pid:
                self._status(st)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        if timeout is None:
            try:
                pid, st = os.waitpid(self.pid, 0)   # real-blocks this thread only
            except ChildProcessError:
                self.returncode = 0
                return 0
            return self._status(st)
        end = time.monotonic() + timeout
        delay = 0.0005
        while self.poll() is None:
            left = end - time.monotonic()
            if left <= 0:
                raise TimeoutExpired(self.args, timeout)
            delay = min(delay * 2, left, 0.05)
            time.sleep(delay)
        return self.returncode

    def send_signal(self, sig):
        if self.returncode is None and self.poll() is None:
            os.kill(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    # ---- communicate ----

    def _pump(self, what, f, data, box, done):
        try:
            if what == 'in':
                if data:
                    try:
                        f.write(data)
                    except BrokenPipeError:
                        pass
                f.close()
            else:
                while True:
                    b = os.read(f.fileno(), 65536)
                    if not b:
                        break
                    box.append(b)
        except BaseException as e:
            box.append(e)
        finally:
            done.release()

    def communicate(self, input=None, timeout=None):
        if self._readers is None:
            if input is not None and self.stdin is None:
                raise ValueError("Cannot send input after starting communication")
            self._readers = []
            self._end = None if timeout is None else time.monotonic() + timeout
            streams = [s for s in (('in', self.stdin, input), ('out', self.stdout, None),
                                   ('err', self.stderr, None)) if s[1] is not None]
            # one pipe and no timeout: pump it here (no helper thread, so
            # this also works where threads cannot run: called from C)
            inline = timeout is None and len(streams) == 1
            for what, f, data in streams:
                done = _thread.allocate_lock()
                done.acquire()
                box = []
                self._readers.append((what, box, done))
                if inline:
                    self._pump(what, f, data, box, done)
                else:
                    _thread.start_new_thread(self._pump, (what, f, data, box, done))
        else:
            self._end = None if timeout is None else time.monotonic() + timeout
        out = err = None
        for what, box, done in self._readers:
            if self._end is None:
                done.acquire()
            else:
                left = self._end - time.monotonic()
                if left <= 0 or not done.acquire(True, left):
                    raise TimeoutExpired(self.args, timeout)
            done.release()
        for what, box, done in self._readers:
            for x in box:
                if isinstance(x, BaseException):
                    raise x
            if what == 'out':
                out = _translate(b''.join(box), self.text_mode, self.encoding, self.errors)
                self.stdout.close()
            elif what == 'err':
                err = _translate(b''.join(box), self.text_mode, self.encoding, self.errors)
                self.stderr.close()
        if self._end is None:
            self.wait()
        else:
            self.wait(max(self._end - time.monotonic(), 0))
        return out, err


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            exc.output = exc.stderr = None
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get('args')
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd):
    return getstatusoutput(cmd)[1]


def _args_from_interpreter_flags():
    """Command-line flags that reproduce this interpreter's settings in a
    child (multiprocessing, test.support): pyvm has none to pass on."""
    return []


def _optim_args_from_interpreter_flags():
    return []
