# thread.state of threads real blocked in os.system and Popen.wait.
# The children wait for a byte from us, so the states are seen for sure.
import thread, time, os, subprocess

r, w = os.pipe()
os.set_inheritable(r, True)
t = thread.start_new_thread(os.system, ("head -c1 <&%d >/dev/null" % r,))
p = subprocess.Popen(['head', '-c1'], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
t2 = thread.start_new_thread(p.wait, ())

def settled(tid, prefix):
    for _ in range(3000):          # at most 30 s, usually at once
        s = thread.state(tid)
        if s.startswith(prefix):
            return s
        time.sleep(0.01)
    return s

print(settled(t, "real blocked"))
print(settled(t2, "real blocked"))
os.write(w, b"x")
p.stdin.write(b"x")
p.stdin.close()
thread.join(t); thread.join(t2)
print(thread.state(t))
os.close(r); os.close(w)
