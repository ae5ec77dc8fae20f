# Ctrl-C (SIGINT) while the main thread is real blocked in os.system ends
# the program promptly with KeyboardInterrupt, and the command's process
# group (the shell and what it started) is killed.
import os, sys, time, subprocess

inner = r'''
import os, thread, time
def other():
    while True:
        time.sleep(0.01)
thread.start_new_thread(other, ())
os.system("echo $$; sleep 30; echo survived")
print("not reached")
'''
p = subprocess.Popen([sys.executable, '-c', inner], stdin=subprocess.DEVNULL,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
shell = int(p.stdout.readline())
time.sleep(0.3)
t0 = time.monotonic()
os.kill(p.pid, 2)
out, err = p.communicate(timeout=10)
print('prompt:', time.monotonic() - t0 < 5)
print('exit status:', p.returncode)
print('stdout rest:', out)
print('stderr ends with:', err.decode().strip().splitlines()[-1])
# killed at once; the zombies may take init a moment to reap
gone = False
for i in range(100):
    try:
        os.killpg(shell, 0)
    except ProcessLookupError:
        gone = True
        break
    time.sleep(0.05)
print('command group gone:', gone)
