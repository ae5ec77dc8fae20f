# time: tzset, localtime/gmtime/mktime, strftime/strptime, datetime over them
import os, time
os.environ['TZ'] = 'Europe/Paris'
time.tzset()
print(time.timezone, time.altzone, time.daylight, time.tzname)
t = 1700000000.5
print(time.gmtime(t))
print(time.localtime(t))
lt = time.localtime(t)
print(lt.tm_zone, lt.tm_gmtoff, lt[0], len(lt), lt.tm_yday)
print(time.mktime(lt), time.mktime(time.localtime(1690000000)))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %p %Z %z %%', lt))
print(time.strftime('%c|%x|%X', time.gmtime(0)))
print(time.asctime(time.gmtime(0)), time.ctime(0))
s = time.strptime('2023-11-14 22:13:20', '%Y-%m-%d %H:%M:%S')
print(s, s.tm_wday)
print(time.strptime('Tue Nov 14 2023', '%a %b %d %Y')[:3])
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)))
print(time.gmtime(0).tm_year, time.calendar if hasattr(time, 'calendar') else '-')
import calendar
print(calendar.timegm(time.gmtime(t)))
print(type(time.time()), type(time.time_ns()), type(time.monotonic()), type(time.perf_counter()), time.get_clock_info('monotonic').monotonic)
print(type(time.process_time()), type(time.thread_time()), time.monotonic_ns() > 0)
import datetime
dt = datetime.datetime.fromtimestamp(t)
print(dt, datetime.datetime.utcfromtimestamp(t), dt.astimezone().tzname())
print(datetime.datetime.fromtimestamp(t, datetime.timezone.utc).isoformat())
print(type(datetime.datetime.now()), datetime.date.today().year > 2000)
print(datetime.datetime.strptime('2023-11-14T22:13:20', '%Y-%m-%dT%H:%M:%S').timestamp())
os.environ['TZ'] = 'UTC'; time.tzset()
print(time.tzname, time.timezone, time.localtime(t).tm_hour)
try:
    time.strptime('bad', '%Y')
except ValueError as e:
    print(e)
print(time.strftime('%Y', (2000, 1, 1, 0, 0, 0, 0, 1, 0)))
