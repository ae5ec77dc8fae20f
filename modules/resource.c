/* resource.c: `_resource`, the C half of Lib/resource.py: getrlimit,
 * setrlimit, getrusage (as a tuple; resource.py makes struct_rusage),
 * getpagesize and the RLIMIT_ / RUSAGE_ constants. */
#define _GNU_SOURCE
#include "pv.h"
#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

#define FN(name) static Value name(Value self, Value *args, size_t nargs, Value kwnames)

static Value rlim_value(rlim_t v)
{
    return v == RLIM_INFINITY ? pv_small(-1) : pv_int_from_u64((uint64_t)v);
}

static int rlim_of(Value v, rlim_t *out)
{
    int64_t n;
    if (pv_int_to_i64(v, &n) < 0)
        return -1;
    *out = n < 0 ? RLIM_INFINITY : (rlim_t)n;
    return 0;
}

static int resource_arg(Value v, int *out)
{
    int64_t n;
    if (pv_int_to_i64(v, &n) < 0)
        return -1;
    if (n < 0 || n >= RLIM_NLIMITS) {
        pv_raise(&pv_exc_ValueError, "invalid resource specified");
        return -1;
    }
    *out = (int)n;
    return 0;
}

FN(r_getrlimit)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    Value rv;
    int res;
    if (pv_parse_args("getrlimit", args, nargs, kwnames, "O", kw, &rv) < 0 || resource_arg(rv, &res) < 0)
        return NULL;
    struct rlimit rl;
    if (getrlimit(res, &rl) < 0)
        return pv_raise_errno(errno);
    return pv_tuple_pack(2, rlim_value(rl.rlim_cur), rlim_value(rl.rlim_max));
}

FN(r_setrlimit)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    Value rv, limits;
    int res;
    if (pv_parse_args("setrlimit", args, nargs, kwnames, "OO", kw, &rv, &limits) < 0 ||
        resource_arg(rv, &res) < 0)
        return NULL;
    Value t = pv_sequence_tuple(limits);
    if (!t)
        return NULL;
    if (pv_tuple_size(t) != 2)
        return pv_raise(&pv_exc_ValueError, "expected a tuple of 2 integers");
    struct rlimit rl;
    if (rlim_of(pv_tuple_items(t)[0], &rl.rlim_cur) < 0 || rlim_of(pv_tuple_items(t)[1], &rl.rlim_max) < 0)
        return NULL;
    if (setrlimit(res, &rl) < 0) {
        if (errno == EINVAL)
            return pv_raise(&pv_exc_ValueError, "current limit exceeds maximum limit");
        if (errno == EPERM)
            return pv_raise(&pv_exc_ValueError, "not allowed to raise maximum limit");
        return pv_raise_errno(errno);
    }
    return pv_None;
}

FN(r_getrusage)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    int who;
    if (pv_parse_args("getrusage", args, nargs, kwnames, "i", kw, &who) < 0)
        return NULL;
    struct rusage u;
    if (getrusage(who, &u) < 0) {
        if (errno == EINVAL)
            return pv_raise(&pv_exc_ValueError, "invalid who parameter");
        return pv_raise_errno(errno);
    }
    return pv_tuple_pack(16, pv_float_new(u.ru_utime.tv_sec + u.ru_utime.tv_usec * 1e-6),
                         pv_float_new(u.ru_stime.tv_sec + u.ru_stime.tv_usec * 1e-6),
                         pv_int_from_i64(u.ru_maxrss), pv_int_from_i64(u.ru_ixrss),
                         pv_int_from_i64(u.ru_idrss), pv_int_from_i64(u.ru_isrss),
                         pv_int_from_i64(u.ru_minflt), pv_int_from_i64(u.ru_majflt),
                         pv_int_from_i64(u.ru_nswap), pv_int_from_i64(u.ru_inblock),
                         pv_int_from_i64(u.ru_oublock), pv_int_from_i64(u.ru_msgsnd),
                         pv_int_from_i64(u.ru_msgrcv), pv_int_from_i64(u.ru_nsignals),
                         pv_int_from_i64(u.ru_nvcsw), pv_int_from_i64(u.ru_nivcsw));
}

FN(r_getpagesize)
{
    (void)self, (void)args;
    if (pv_check_nargs("getpagesize", nargs, 0, 0) < 0 || pv_check_no_kwargs("getpagesize", kwnames) < 0)
        return NULL;
    return pv_small(sysconf(_SC_PAGESIZE));
}

static const PvMethodDef resource_functions[] = {
    {"getrlimit", r_getrlimit, 0, NULL},
    {"setrlimit", r_setrlimit, 0, NULL},
    {"_getrusage", r_getrusage, 0, NULL},
    {"getpagesize", r_getpagesize, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define C(x) {#x, x}
static const struct { const char *name; int v; } resource_consts[] = {
    C(RLIMIT_CPU), C(RLIMIT_FSIZE), C(RLIMIT_DATA), C(RLIMIT_STACK), C(RLIMIT_CORE),
    C(RLIMIT_NOFILE), C(RLIMIT_AS), C(RLIMIT_RSS), C(RLIMIT_NPROC), C(RLIMIT_MEMLOCK),
#ifdef RLIMIT_MSGQUEUE
    C(RLIMIT_MSGQUEUE), C(RLIMIT_NICE), C(RLIMIT_RTPRIO), C(RLIMIT_RTTIME),
    C(RLIMIT_SIGPENDING), C(RLIMIT_LOCKS), C(RUSAGE_THREAD),
#endif
    C(RUSAGE_SELF), C(RUSAGE_CHILDREN), {"RLIM_INFINITY", -1},
    {NULL, 0},
};

Value pv_resource_module_init(void)
{
    Value m = pv_module_new_cstr("_resource");
    if (!m || pv_module_add_functions(m, resource_functions) < 0)
        return NULL;
    for (int i = 0; resource_consts[i].name; i++)
        if (pv_module_add_int(m, resource_consts[i].name, resource_consts[i].v) < 0)
            return NULL;
    return m;
}
