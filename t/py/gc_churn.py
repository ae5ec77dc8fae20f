# About 2 GB of short-lived objects of many sizes; the peak RSS must stay
# small because garbage is reclaimed as the loop goes.

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

total = 0
keep = []
for i in range(20000):
    s = "x" * 50000                # 50 KB string
    l = [i] * 2000                 # list with a 16 KB item array
    t = tuple(l[:500])             # 4 KB tuple
    b = bytes(30000)               # 30 KB bytes
    d = {j: str(j) for j in range(20)}
    total += len(s) + len(l) * 8 + len(t) * 8 + len(b) + len(d) * 100
    if i % 1000 == 0:
        keep.append(s[:10] + str(i))  # a few survivors
print("allocated about %.1f GB" % (total / 1e9))
print("survivors:", len(keep), keep[0], keep[-1])
rss = peak_rss_kb()
if rss is None:
    print("peak RSS < 100 MB: True")
else:
    print("peak RSS < 100 MB:", rss < 100 * 1024)
