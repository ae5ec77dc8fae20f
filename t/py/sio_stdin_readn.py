# sys.stdin.read(n) of a text pipe returns once n characters are there (not 4n bytes)
import sys, subprocess, threading, time, os, select
if len(sys.argv) > 1:
    done = False
    def tick():
        while not done:
            print("tick", flush=True); time.sleep(0.01)
    t = threading.Thread(target=tick); t.start()
    print("got", repr(sys.stdin.read(5)), flush=True)
    print("got", repr(sys.stdin.read(3)), flush=True)
    done = True; t.join(); sys.exit()
p = subprocess.Popen([sys.executable, __file__, "x"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write("héllo".encode()); p.stdin.flush()
fd = p.stdout.fileno(); buf = b""
while b"got" not in buf:
    r, _, _ = select.select([fd], [], [], 60)
    if not r: print("STALLED"); break
    buf += os.read(fd, 1000)
p.stdin.write(b"abc"); p.stdin.close()
print([l for l in (buf + p.stdout.read()).decode().splitlines() if "got" in l])
