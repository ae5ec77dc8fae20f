import time
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter()
print(type(t0).__name__, type(time.time_ns()).__name__, t0 > 1.6e9)
print(time.monotonic() >= m0, time.perf_counter() >= p0, time.process_time() >= 0)
print(type(time.monotonic_ns()).__name__, type(time.perf_counter_ns()).__name__,
      type(time.process_time_ns()).__name__)
time.sleep(0.02)
print(time.monotonic() - m0 >= 0.015, time.time() - t0 >= 0.015)
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_wday, g.tm_yday, g[0], len(g), tuple(g))
g = time.gmtime(1700000000)
print(g)
print(time.strftime('%Y-%m-%d %H:%M:%S', g), time.strftime('%a %b %d %j', g))
print(time.asctime(g))
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0, isinstance(lt, tuple), lt.tm_year)
for bad in [-1, 'x']:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
