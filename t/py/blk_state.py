# thread.state of threads real blocked in os.system and Popen.wait
import thread, time, os, subprocess
t = thread.start_new_thread(os.system, ("sleep 0.5",))
p = subprocess.Popen(['sleep', '0.5'])
t2 = thread.start_new_thread(p.wait, ())
time.sleep(0.2)
print(thread.state(t))
print(thread.state(t2))
thread.join(t); thread.join(t2)
print(thread.state(t))
