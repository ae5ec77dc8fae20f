# Memory per instance: 1,000,000 small instances with three attributes.
# Prints the peak RSS (VmHWM) delta in MB to stderr; not part of bench/run.
import sys


def hwm():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return 0


class P:
    def __init__(self, i):
        self.x = i
        self.y = 2
        self.z = None


base = hwm()
objs = [P(i) for i in range(1000000)]
print(len(objs), objs[-1].x)
print("peak RSS delta: %d MB" % (hwm() - base), file=sys.stderr)
