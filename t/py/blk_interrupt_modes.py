# Interrupts of threads real blocked in os.system and in Popen.wait:
# mode 0 leaves them alone, mode 1 raises when the call returns (result
# dropped), mode 2 raises at once and kills os.system's child (and the
# commands its shell started).
import thread, time, os, subprocess

base = '/tmp/pyvm_blk_intr_%d' % os.getpid()
log = []

def system_thread(tag, cmd):
    t0 = time.monotonic()
    try:
        r = os.system(cmd)
        log.append((tag, 'returned', r))
    except thread.Interrupt:
        log.append((tag, 'Interrupt', round(time.monotonic() - t0) ))

def wait_thread(tag, p):
    t0 = time.monotonic()
    try:
        r = p.wait()
        log.append((tag, 'returned', r))
    except thread.Interrupt:
        log.append((tag, 'Interrupt', round(time.monotonic() - t0)))
        p.kill()
        log.append((tag, 'killed, wait ->', p.wait()))

def state(tid):
    return thread.state(tid) if hasattr(thread, 'state') else ''

# mode 0: nothing happens, the command finishes normally
t = thread.start_new_thread(system_thread, ('system mode 0', 'sleep 1'))
time.sleep(0.3)
print('mode 0 interrupted:', thread.interrupt(t, if_running=0))
thread.join(t)

# mode 1: the exception comes when the command has finished
t = thread.start_new_thread(system_thread, ('system mode 1', 'sleep 1; touch %s.m1' % base))
time.sleep(0.3)
thread.interrupt(t, if_running=1)
log.append(('main', 'after mode 1'))
thread.join(t)
print('mode 1 command completed:', os.path.exists(base + '.m1'))

# mode 2: at once; the shell and its sleep are killed, the touch never runs
t = thread.start_new_thread(system_thread, ('system mode 2', 'sleep 1.5; touch %s.m2' % base))
time.sleep(0.3)
thread.interrupt(t, if_running=2)
log.append(('main', 'after mode 2'))
thread.join(t)
time.sleep(1.8)
print('mode 2 command killed:', not os.path.exists(base + '.m2'))

# Popen.wait, mode 1 and mode 2
p = subprocess.Popen(['sleep', '1'])
t = thread.start_new_thread(wait_thread, ('wait mode 1', p))
time.sleep(0.3)
thread.interrupt(t, if_running=1)
thread.join(t)
p = subprocess.Popen(['sleep', '5'])
t = thread.start_new_thread(wait_thread, ('wait mode 2', p))
time.sleep(0.3)
thread.interrupt(t, if_running=2)
thread.join(t)

for e in log:
    print(e)
for suffix in ('.m1', '.m2'):
    if os.path.exists(base + suffix):
        os.remove(base + suffix)
