import datetime as dt
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.replace(day=1))
print(date.fromordinal(738000), date.fromisoformat('2021-12-31'), d.strftime('%A %d %B %Y %j %U %a %b %m %y'), d.ctime())
print(date(2024, 3, 1) - d, d < date(2024, 3, 1), d.timetuple()[:6], date.fromisocalendar(2020, 1, 1))
td = timedelta(days=1, hours=25, minutes=-3, seconds=7.5, microseconds=3)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 2, td // 3, td / timedelta(hours=1))
print(timedelta(0), timedelta(weeks=1), timedelta(milliseconds=1), timedelta(days=-1, seconds=1), str(timedelta(microseconds=-1)))
print(timedelta(hours=5) % timedelta(hours=2), divmod(timedelta(hours=5), timedelta(hours=2)), timedelta.max, timedelta.min, timedelta.resolution)
t = time(13, 5, 9, 123)
print(t, repr(t), t.isoformat(), t.isoformat('milliseconds'), t.strftime('%H:%M:%S %p %I'), time.fromisoformat('01:02:03.5'), t.replace(hour=1))
x = datetime(2023, 12, 31, 23, 59, 58, 500000)
print(x, repr(x), x + timedelta(seconds=2), x.isoformat(), x.isoformat(sep=' ', timespec='seconds'), x.date(), x.time())
print(x.strftime('%Y-%m-%d %H:%M:%S.%f %%'), datetime.strptime('2020-05-06 07:08:09', '%Y-%m-%d %H:%M:%S'))
print(datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.fromisoformat('2011-11-04 00:05:23.283'))
print(datetime.combine(d, t), x.replace(year=2000), x.timetuple()[:6], x.weekday(), x - datetime(2023, 1, 1))
tz = timezone(timedelta(hours=5, minutes=30), 'IST')
a = datetime(2020, 1, 1, 12, tzinfo=tz)
print(a, repr(a), a.utcoffset(), a.tzname(), a.astimezone(timezone.utc), a.isoformat(), timezone.utc, repr(timezone.utc))
print(timezone(timedelta(hours=-3)), a.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400))
print(a == datetime(2020, 1, 1, 6, 30, tzinfo=timezone.utc), a - datetime(2020, 1, 1, tzinfo=timezone.utc))
try:
    a < datetime(2020, 1, 1)
except TypeError as e:
    print(e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime.fromisoformat('garbage')
except ValueError as e:
    print(e)
print(date.min, date.max, datetime.min, time.max, dt.MINYEAR, dt.MAXYEAR)
print(hash(d) == hash(date(2024, 2, 28)), {d: 1}[date(2024, 2, 28)], bool(time(0)), bool(timedelta(0)))
class UTC1(dt.tzinfo):
    def utcoffset(self, d): return timedelta(hours=1)
    def dst(self, d): return timedelta(0)
    def tzname(self, d): return "PLUS1"
b = datetime(2000, 1, 1, tzinfo=UTC1())
print(b, b.strftime('%Z %z'), b.utctimetuple()[:5], b.astimezone(timezone.utc))
print(format(d, '%d/%m'), f"{x:%H:%M}", d.__format__(''), str(x.utctimetuple().tm_yday))
print(type(dt.datetime.now()).__name__, dt.datetime.now().year > 2000, dt.date.today() >= dt.date(2024, 1, 1))
print(sorted([date(2020, 1, 3), date(2019, 5, 5), date(2020, 1, 1)]))
import pickle, copy
print(pickle.loads(pickle.dumps(x)) == x, copy.deepcopy(a) == a, pickle.loads(pickle.dumps(td)))
