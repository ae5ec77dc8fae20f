/* time.c: the time module. sleep() soft-blocks the calling green thread
 * on the scheduler's timer heap (a real sleep only during preemption);
 * the clocks come from vm/clock.c. struct_time and the calendar
 * functions are a little Python over _localtime/_gmtime/_mktime/_strftime,
 * compiled once at import. The built-in sleep() is the same function. */
#include "../vm/sched.h"
#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>

static int64_t secs_to_ns(Value v, int *err)
{
    *err = 0;
    double d;
    if (pv_is_int(v) && !pv_isinst(v, &pv_float_type)) {
        int64_t n;
        if (pv_int_to_i64(v, &n) < 0) {
            *err = 1;
            return 0;
        }
        d = (double)n;
    } else if (pv_isinst(v, &pv_float_type)) {
        d = pv_float_val(v);
    } else if (pv_type_lookup_str(pv_type(v), "__float__") ||
               pv_type_lookup_str(pv_type(v), "__index__")) {
        if (pv_float_as_double(v, &d) < 0) {
            *err = 1;
            return 0;
        }
    } else {
        pv_raise(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                 pv_type_name(pv_type(v)));
        *err = 1;
        return 0;
    }
    if (isnan(d)) {
        pv_raise(&pv_exc_ValueError, "Invalid value NaN (not a number)");
        *err = 1;
        return 0;
    }
    if (d < 0) {
        pv_raise(&pv_exc_ValueError, "sleep length must be non-negative");
        *err = 1;
        return 0;
    }
    if (d > 9.2e9) {
        pv_raise(&pv_exc_OverflowError, "sleep length is too large");
        *err = 1;
        return 0;
    }
    return (int64_t)(d * 1e9);
}

static Value t_sleep(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (pv_check_no_kwargs("sleep", kwnames) < 0 || pv_check_nargs("sleep", nargs, 1, 1) < 0)
        return NULL;
    int err;
    int64_t ns = secs_to_ns(args[0], &err);
    if (err)
        return NULL;
    if (!pv_sched_can_soft_block(NULL, "sleep")) {
        if (pv_sched_real_sleep(ns) < 0)
            return NULL;
        return pv_None;
    }
    if (ns == 0) {
        /* sleep(0) gives the other threads a turn */
        pv_sched_yield(0, false);
        return pv_None;
    }
    pv_sched_block(PV_WAIT_SLEEP, NULL, NULL, pv_clock_ns() + ns, PV_TIMEOUT_NONE);
    return pv_None;
}

static Value ns_value(int64_t ns, bool as_ns)
{
    return as_ns ? pv_int_from_i64(ns) : pv_float_new((double)ns / 1e9);
}

static int64_t cpu_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

#define CLOCKFN(name, expr, as_ns)                                              \
    static Value t_##name(Value self, Value *args, size_t nargs, Value kwnames) \
    {                                                                           \
        (void)self, (void)args;                                                 \
        if (pv_arg_none(#name, nargs, kwnames) < 0)                             \
            return NULL;                                                        \
        return ns_value(expr, as_ns);                                           \
    }
CLOCKFN(time, pv_clock_wall_ns(), false)
CLOCKFN(time_ns, pv_clock_wall_ns(), true)
CLOCKFN(monotonic, pv_clock_ns(), false)
CLOCKFN(monotonic_ns, pv_clock_ns(), true)
CLOCKFN(perf_counter, pv_clock_ns(), false)
CLOCKFN(perf_counter_ns, pv_clock_ns(), true)
CLOCKFN(process_time, cpu_ns(CLOCK_PROCESS_CPUTIME_ID), false)
CLOCKFN(process_time_ns, cpu_ns(CLOCK_PROCESS_CPUTIME_ID), true)
CLOCKFN(thread_time, cpu_ns(CLOCK_THREAD_CPUTIME_ID), false)
CLOCKFN(thread_time_ns, cpu_ns(CLOCK_THREAD_CPUTIME_ID), true)

/* seconds argument (None: now) -> time_t */
static int time_arg(const char *fname, Value *args, size_t nargs, time_t *out)
{
    if (pv_check_nargs(fname, nargs, 0, 1) < 0)
        return -1;
    if (!nargs || args[0] == pv_None) {
        *out = (time_t)(pv_clock_wall_ns() / 1000000000);
        return 0;
    }
    double d;
    if (pv_float_as_double(args[0], &d) < 0)
        return -1;
    if (!isfinite(d)) {
        pv_raise(&pv_exc_ValueError, "Invalid value %s (not a number)", isnan(d) ? "NaN" : "inf");
        return -1;
    }
    *out = (time_t)floor(d);
    return 0;
}

static Value tm_tuple(struct tm *tm)
{
    int wday = (tm->tm_wday + 6) % 7; /* Monday is 0 */
    return pv_tuple_pack(11, pv_small(tm->tm_year + 1900), pv_small(tm->tm_mon + 1),
                         pv_small(tm->tm_mday), pv_small(tm->tm_hour), pv_small(tm->tm_min),
                         pv_small(tm->tm_sec), pv_small(wday), pv_small(tm->tm_yday + 1),
                         pv_small(tm->tm_isdst), pv_str_from_cstr(tm->tm_zone ? tm->tm_zone : ""),
                         pv_small(tm->tm_gmtoff));
}

static Value t_localtime_raw(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)kwnames;
    time_t t;
    struct tm tm;
    if (time_arg("localtime", args, nargs, &t) < 0)
        return NULL;
    if (!localtime_r(&t, &tm))
        return pv_raise_errno(errno);
    return tm_tuple(&tm);
}

static Value t_gmtime_raw(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)kwnames;
    time_t t;
    struct tm tm;
    if (time_arg("gmtime", args, nargs, &t) < 0)
        return NULL;
    if (!gmtime_r(&t, &tm))
        return pv_raise_errno(errno);
    return tm_tuple(&tm);
}

/* a 9-sequence -> struct tm */
static int tm_from(Value seq, struct tm *tm)
{
    Value t = pv_sequence_tuple(seq);
    if (!t)
        return -1;
    if (pv_tuple_size(t) < 9) {
        pv_raise(&pv_exc_TypeError, "time tuple must have exactly 9 elements");
        return -1;
    }
    int64_t v[9];
    for (int i = 0; i < 9; i++)
        if (pv_int_to_i64(pv_tuple_items(t)[i], &v[i]) < 0)
            return -1;
    memset(tm, 0, sizeof *tm);
    tm->tm_year = (int)(v[0] - 1900);
    tm->tm_mon = (int)(v[1] - 1);
    tm->tm_mday = (int)v[2];
    tm->tm_hour = (int)v[3];
    tm->tm_min = (int)v[4];
    tm->tm_sec = (int)v[5];
    tm->tm_wday = (int)((v[6] + 1) % 7);
    tm->tm_yday = (int)(v[7] - 1);
    tm->tm_isdst = (int)v[8];
    /* struct_time's tm_zone and tm_gmtoff, passed on by strftime() */
    if (pv_tuple_size(t) >= 11 && pv_is_str(pv_tuple_items(t)[9])) {
        int64_t off;
        if (pv_int_to_i64(pv_tuple_items(t)[10], &off) < 0)
            return -1;
        tm->tm_zone = pv_str_data(pv_tuple_items(t)[9]);
        tm->tm_gmtoff = (long)off;
    }
    return 0;
}

static Value t_mktime_raw(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)kwnames;
    struct tm tm;
    if (pv_check_nargs("mktime", nargs, 1, 1) < 0 || tm_from(args[0], &tm) < 0)
        return NULL;
    tm.tm_wday = -1;
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1)
        return pv_raise(&pv_exc_OverflowError, "mktime argument out of range");
    return pv_float_new((double)t);
}

static Value t_strftime_raw(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)kwnames;
    struct tm tm;
    if (pv_check_nargs("strftime", nargs, 2, 2) < 0)
        return NULL;
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    if (tm_from(args[1], &tm) < 0)
        return NULL;
    const char *fmt = pv_str_data(args[0]);
    if (!*fmt)
        return pv_str_from_cstr("");
    for (size_t cap = 256; cap < (1u << 20); cap *= 2) {
        char buf[cap];
        size_t n = strftime(buf, cap, fmt, &tm);
        if (n > 0)
            return pv_str_decode_utf8(buf, n, "surrogateescape");
    }
    return pv_str_from_cstr("");
}

static Value t_tzset(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self, (void)args;
    if (pv_arg_none("tzset", nargs, kwnames) < 0)
        return NULL;
    tzset();
    return pv_None;
}

static int clock_arg(const char *fname, Value *args, size_t nargs, Value kwnames, struct timespec *ts)
{
    static const char *const kw[] = {"", NULL};
    int id;
    if (pv_parse_args(fname, args, nargs, kwnames, "i", kw, &id) < 0)
        return -1;
    if (clock_gettime((clockid_t)id, ts) < 0) {
        pv_raise_errno(errno);
        return -1;
    }
    return 0;
}

static Value t_clock_gettime(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    struct timespec ts;
    if (clock_arg("clock_gettime", args, nargs, kwnames, &ts) < 0)
        return NULL;
    return pv_float_new((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static Value t_clock_gettime_ns(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    struct timespec ts;
    if (clock_arg("clock_gettime_ns", args, nargs, kwnames, &ts) < 0)
        return NULL;
    return pv_int_from_i64((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static Value t_clock_getres(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    int id;
    struct timespec ts;
    if (pv_parse_args("clock_getres", args, nargs, kwnames, "i", kw, &id) < 0)
        return NULL;
    if (clock_getres((clockid_t)id, &ts) < 0)
        return pv_raise_errno(errno);
    return pv_float_new((double)ts.tv_sec + ts.tv_nsec * 1e-9);
}

static const PvMethodDef time_functions[] = {
    {"_tzset", t_tzset, 0, NULL},
    {"clock_gettime", t_clock_gettime, 0, NULL},
    {"clock_gettime_ns", t_clock_gettime_ns, 0, NULL},
    {"clock_getres", t_clock_getres, 0, NULL},
    {"sleep", t_sleep, 0, NULL},
    {"time", t_time, 0, NULL},
    {"time_ns", t_time_ns, 0, NULL},
    {"monotonic", t_monotonic, 0, NULL},
    {"monotonic_ns", t_monotonic_ns, 0, NULL},
    {"perf_counter", t_perf_counter, 0, NULL},
    {"perf_counter_ns", t_perf_counter_ns, 0, NULL},
    {"process_time", t_process_time, 0, NULL},
    {"process_time_ns", t_process_time_ns, 0, NULL},
    {"thread_time", t_thread_time, 0, NULL},
    {"thread_time_ns", t_thread_time_ns, 0, NULL},
    {"_localtime", t_localtime_raw, 0, NULL},
    {"_gmtime", t_gmtime_raw, 0, NULL},
    {"_mktime", t_mktime_raw, 0, NULL},
    {"_strftime", t_strftime_raw, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const char time_py[] =
    "class struct_time(tuple):\n"
    "    n_sequence_fields = 9\n"
    "    n_fields = 11\n"
    "    n_unnamed_fields = 0\n"
    "    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',\n"
    "              'tm_wday', 'tm_yday', 'tm_isdst')\n"
    "    def __new__(cls, seq, extra=None):\n"
    "        seq = tuple(seq)\n"
    "        if len(seq) < 9:\n"
    "            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))\n"
    "        if len(seq) > 11:\n"
    "            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)' % len(seq))\n"
    "        self = tuple.__new__(cls, seq[:9])\n"
    "        self._extra = tuple(seq[9:]) + (None,) * (11 - len(seq))\n"
    "        return self\n"
    "    def __repr__(self):\n"
    "        return 'time.struct_time(' + ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self)) + ')'\n"
    "    def __reduce__(self):\n"
    "        return (struct_time, (tuple(self),))\n"
    "    tm_year = property(lambda self: self[0])\n"
    "    tm_mon = property(lambda self: self[1])\n"
    "    tm_mday = property(lambda self: self[2])\n"
    "    tm_hour = property(lambda self: self[3])\n"
    "    tm_min = property(lambda self: self[4])\n"
    "    tm_sec = property(lambda self: self[5])\n"
    "    tm_wday = property(lambda self: self[6])\n"
    "    tm_yday = property(lambda self: self[7])\n"
    "    tm_isdst = property(lambda self: self[8])\n"
    "    tm_zone = property(lambda self: self._extra[0])\n"
    "    tm_gmtoff = property(lambda self: self._extra[1])\n"
    "struct_time.__module__ = 'time'\n"
    "def localtime(secs=None):\n"
    "    return struct_time(_localtime(secs))\n"
    "def gmtime(secs=None):\n"
    "    return struct_time(_gmtime(secs))\n"
    "def mktime(t):\n"
    "    return _mktime(t)\n"
    "def strftime(format, t=None):\n"
    "    if t is None:\n"
    "        t = localtime()\n"
    "    if isinstance(t, struct_time) and t.tm_zone is not None:\n"
    "        t = tuple(t) + (t.tm_zone, t.tm_gmtoff)\n"
    "    return _strftime(format, t)\n"
    "def strptime(string, format='%a %b %d %H:%M:%S %Y'):\n"
    "    import _strptime\n"
    "    return _strptime._strptime_time(string, format)\n"
    "_STRUCT_TM_ITEMS = 11\n"
    "_days = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')\n"
    "_months = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')\n"
    "def asctime(t=None):\n"
    "    if t is None:\n"
    "        t = localtime()\n"
    "    return '%s %s %2d %02d:%02d:%02d %d' % (_days[t[6]], _months[t[1] - 1], t[2], t[3], t[4], t[5], t[0])\n"
    "def ctime(secs=None):\n"
    "    return asctime(localtime(secs))\n"
    "def _tzsetup():\n"
    "    global timezone, altzone, daylight, tzname\n"
    "    jan = _localtime(1704067200)\n"
    "    jul = _localtime(1719792000)\n"
    "    std, dst = (jan, jul) if jan[8] == 0 else (jul, jan)\n"
    "    timezone = -std[10]\n"
    "    altzone = -dst[10] if dst[8] else timezone\n"
    "    daylight = 1 if jan[10] != jul[10] else 0\n"
    "    tzname = (std[9], dst[9] if dst[8] else std[9])\n"
    "_tzsetup()\n"
    "def tzset():\n"
    "    _tzset()\n"
    "    _tzsetup()\n"
    "def get_clock_info(name):\n"
    "    import types\n"
    "    c = {'time': ('clock_gettime(CLOCK_REALTIME)', False, True),\n"
    "         'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),\n"
    "         'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),\n"
    "         'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),\n"
    "         'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False)}.get(name)\n"
    "    if c is None:\n"
    "        raise ValueError('unknown clock')\n"
    "    return types.SimpleNamespace(implementation=c[0], monotonic=c[1], adjustable=c[2], resolution=1e-09)\n";

Value pv_time_module_init(void)
{
    Value m = pv_module_new_cstr("time");
    if (!m || pv_module_add_functions(m, time_functions) < 0)
        return NULL;
    Value d = ((PvModule *)m)->dict;
    if (pv_dict_set_str(d, "__builtins__", pv_builtins_module) < 0)
        return NULL;
    static const struct { const char *n; int v; } clocks[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID},
        {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
#ifdef CLOCK_BOOTTIME
        {"CLOCK_BOOTTIME", CLOCK_BOOTTIME}, {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
#endif
        {NULL, 0}};
    for (int i = 0; clocks[i].n; i++)
        if (pv_module_add_int(m, clocks[i].n, clocks[i].v) < 0)
            return NULL;
    Value code = pv_compile(time_py, sizeof time_py - 1, pv_str_from_cstr("<time>"), "exec", 0);
    if (!code || !pv_eval_code(code, d, d))
        return NULL;
    return m;
}

/* The built-in sleep(): the specification's programs call it bare. */
static const PvMethodDef sleep_def = {"sleep", t_sleep, 0, NULL};

int pv_time_add_builtin_sleep(void)
{
    Value f = pv_cfunction_new(&sleep_def, NULL, NULL);
    return f ? pv_dict_set_str(pv_builtins_dict, "sleep", f) : -1;
}
