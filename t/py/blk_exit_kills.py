# When the program ends while another thread is still real blocked in
# os.system, the command is killed with it (its shell and what it started).
import os, sys, time, subprocess

mark = '/tmp/pyvm_blk_exit_%d' % os.getpid()
inner = '''
import os, thread, time
def t():
    os.system("sleep 1; touch %s")
    print("not reached")
thread.start_new_thread(t, ())
time.sleep(0.3)
print("main ends")
''' % mark
r = subprocess.run([sys.executable, '-c', inner], stdin=subprocess.DEVNULL, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
time.sleep(1.3)
print('command killed:', not os.path.exists(mark))
if os.path.exists(mark):
    os.remove(mark)
