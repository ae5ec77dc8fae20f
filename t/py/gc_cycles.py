# Reference cycles are garbage like anything else: a tracing collector
# frees them without help. Peak RSS stays small while 600k cycles come and go.

def peak_rss_kb():
    # None where it cannot be known or means nothing: no /proc, or a
    # sanitizer build (its quarantine and shadow memory inflate the RSS)
    try:
        with open("/proc/self/maps") as f:
            maps = f.read()
        if "libasan" in maps or "libtsan" in maps:
            return None
    except OSError:
        return None
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None

class Pair:
    def __init__(self):
        self.other = None
        self.payload = [0] * 50

made = 0
for i in range(200000):
    a = Pair()
    b = Pair()
    a.other = b
    b.other = a            # two-object cycle
    l = [1, 2, 3]
    l.append(l)            # a list containing itself
    d = {"self": None}
    d["self"] = d          # a dict containing itself
    made += 3
print("cycles made:", made)
print("self-reference kept working:", l[3] is l, d["self"] is d, a.other.other is a)
rss = peak_rss_kb()
print("peak RSS < 100 MB:", True if rss is None else rss < 100 * 1024)
