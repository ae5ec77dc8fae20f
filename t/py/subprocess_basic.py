# subprocess: run, Popen, call, check_*, errors (compared with CPython)
import subprocess, sys, os

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run('echo out; echo err >&2; exit 3', shell=True, capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
r = subprocess.run(['cat'], input=b'fed through stdin\n', stdout=subprocess.PIPE)
print(r.stdout)
r = subprocess.run(['tr', 'a-z', 'A-Z'], input='text mode\n', capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['pwd'], cwd='/tmp', capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run('echo $PYVM_SUB_X', shell=True, env={'PYVM_SUB_X': 'from env', 'PATH': os.environ['PATH']}, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run('echo a; echo b >&2', shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(['echo', 'gone'], stdout=subprocess.DEVNULL)
print(r)
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e.returncode, e.cmd, e)
try:
    subprocess.run('kill -9 $$', shell=True, check=True)
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e.returncode, e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.cmd, 0 < e.timeout <= 0.2)
try:
    subprocess.run(['/no/such/program'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename, e)
try:
    subprocess.run(['no-such-program-pyvm'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
try:
    subprocess.run(['ls'], cwd='/no/such/dir')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.filename)
print(subprocess.call(['true']), subprocess.call('exit 7', shell=True))
print(subprocess.check_call(['true']))
print(subprocess.check_output(['echo', 'checked']))
print(repr(subprocess.check_output('printf "a\\r\\nb"', shell=True, text=True)))
print(subprocess.getoutput('echo one; echo two'), subprocess.getstatusoutput('exit 2'))
with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    out, err = p.communicate(b'x' * 200000)
    print(len(out), err, p.returncode)
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; exit 4'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.poll(), p.returncode)
p.stdin.write('line\n')
p.stdin.close()
print(repr(p.stdout.readline()), repr(p.stdout.read()))
print(p.wait(), p.returncode, p.poll())
p.stdout.close()
p = subprocess.Popen(['sleep', '10'])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e)
p.terminate()
print(p.wait())
p = subprocess.Popen(['sleep', '10'])
p.kill()
print(p.wait(), p.pid > 0)
p = subprocess.Popen(['sh', '-c', 'echo part; sleep 3'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print('communicate timeout', e.timeout)
p.kill()
out, err = p.communicate()
print(out, err, p.returncode)
print(subprocess.CompletedProcess(['x'], 0, b'o', None))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
