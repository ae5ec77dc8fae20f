# os.popen, get_terminal_size errors, environ copies, stat.filemode
import os
with os.popen('echo hi; echo there') as f:
    print(repr(f.read()))
f = os.popen('exit 3')
print(f.read(), f.close())
print(list(os.popen('printf "a\\nb\\n"')))
print(os.get_terminal_size.__name__, os.cpu_count() > 0)
try:
    os.get_terminal_size(0)
except OSError as e:
    print(type(e).__name__, e.errno)
d = os.environ.copy(); print(type(d).__name__)
print(repr(os.environ)[:8])
import stat
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o104755))
