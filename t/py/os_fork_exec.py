# os.fork, os._exit, os.waitpid (blocking and WNOHANG), os.execv, os.kill
import os, sys, time

pid = os.fork()
if pid == 0:
    os._exit(7)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.dup2(w, 1)
    os.execv('/bin/echo', ['echo', 'from', 'the', 'exec'])
os.close(w)
data = b''
while True:
    b = os.read(r, 100)
    if not b:
        break
    data += b
os.close(r)
print(data, os.waitpid(pid, 0)[1])

pid = os.fork()
if pid == 0:
    time.sleep(10)
    os._exit(0)
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, 15)
wpid, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print('ChildProcessError', e.errno)
try:
    os.execv('/no/such/file', ['x'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.filename)
