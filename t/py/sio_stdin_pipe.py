# Reads of a stdin pipe (input(), for line in sys.stdin, readlines(),
# sys.stdin.buffer) wait in the reading thread only: another thread keeps
# printing "tick" while the parent feeds the pipe slowly.
import sys, os, threading, time, subprocess, select

if sys.argv[1:] == ["prompt"]:
    try:
        print(repr(input("name? ")))
        input("again? ")
    except EOFError as e:
        print("EOFError:", e)
    sys.exit(0)

if len(sys.argv) > 1:
    mode = sys.argv[1]
    done = False
    def ticker():
        n = 0
        while not done:
            print("tick", n, flush=True)
            n += 1
            time.sleep(0.01)
    th = threading.Thread(target=ticker)
    th.start()
    if mode == "for":
        for line in sys.stdin:
            print("got", line.rstrip(), flush=True)
    elif mode == "input":
        try:
            while True:
                print("got", input("> "), flush=True)
        except EOFError:
            print("eof", flush=True)
    elif mode == "buf":
        for line in sys.stdin.buffer:
            print("got", line, flush=True)
    elif mode == "lines":
        print("got", sys.stdin.readlines(), flush=True)
    elif mode == "read":
        print("got", repr(sys.stdin.read()), flush=True)
    elif mode == "bufread":
        print("got", sys.stdin.buffer.read(), flush=True)
    done = True
    th.join()
    sys.exit(0)


class Lines:
    def __init__(self, fd):
        self.fd, self.buf = fd, b""

    def get(self):
        while b"\n" not in self.buf:
            r, _, _ = select.select([self.fd], [], [], 60)
            if not r:
                return "STALLED"
            d = os.read(self.fd, 4096)
            if not d:
                return "EOF"
            self.buf += d
        line, self.buf = self.buf.split(b"\n", 1)
        line = line.decode()
        return line.replace("> ", "")  # input()'s prompts (checked below)

    def ticks(self, n, seen):
        # n more ticks; anything else is recorded in seen
        while n:
            l = self.get()
            if l in ("STALLED", "EOF"):
                seen.append(l)
                return
            if l.startswith("tick"):
                n -= 1
            else:
                seen.append(l)


for mode in ["for", "input", "buf", "lines", "read", "bufread"]:
    p = subprocess.Popen([sys.executable, __file__, mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    out = Lines(p.stdout.fileno())
    seen = []
    out.ticks(3, seen)                  # the reader waits, the ticker runs
    p.stdin.write(b"one\n")
    p.stdin.flush()
    out.ticks(3, seen)                  # after the first line, still ticking
    p.stdin.write(b"two\n")
    p.stdin.flush()
    out.ticks(3, seen)
    p.stdin.close()
    while True:
        l = out.get()
        if l in ("STALLED", "EOF"):
            break
        if not l.startswith("tick"):
            seen.append(l)
    p.wait()
    print(mode, seen, p.returncode)

# input() flushes its prompt before it waits; EOFError at EOF
p = subprocess.Popen([sys.executable, __file__, "prompt"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
fd = p.stdout.fileno()
got = b""
while not got.endswith(b"? "):
    r, _, _ = select.select([fd], [], [], 60)
    if not r:
        break
    got += os.read(fd, 100)
print(got)
p.stdin.write(b"Ann\n")
p.stdin.close()
print(p.stdout.read())
print(p.wait())
