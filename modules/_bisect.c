/* _bisect.c: the C half of the bisect module (bisect_left/right,
 * insort_left/right), built as a loadable native add-on with the public
 * <pyvm/pyvm.h> API, like errno.c: dogfooding the add-on interface. */
#include <pyvm/pyvm.h>
#include <string.h>

/* (a, x, lo=0, hi=len(a), *, key=None) with CPython's checks. */
typedef struct { pyvm_obj a, x, key; long lo, hi; } Args;

static int parse(const char *fname, pyvm_obj *args, size_t nargs, pyvm_obj kwnames, Args *p)
{
    static const char *const names[] = {"a", "x", "lo", "hi", "key"};
    pyvm_obj v[5] = {NULL, NULL, NULL, NULL, NULL};
    if (nargs > 4)
        return pyvm_raise(pyvm_exc("TypeError"), "%s() takes at most 4 positional arguments "
                          "(%zu given)", fname, nargs), -1;
    for (size_t i = 0; i < nargs; i++)
        v[i] = args[i];
    long nkw = kwnames ? pyvm_len(kwnames) : 0;
    for (long k = 0; k < nkw; k++) {
        pyvm_obj kn = pyvm_item(kwnames, k);
        const char *s = kn ? pyvm_str_utf8(kn, NULL) : NULL;
        if (!s)
            return -1;
        int j = 0;
        while (j < 5 && strcmp(s, names[j]) != 0)
            j++;
        if (j == 5)
            return pyvm_raise(pyvm_exc("TypeError"), "%s() got an unexpected keyword argument "
                              "'%s'", fname, s), -1;
        if (v[j])
            return pyvm_raise(pyvm_exc("TypeError"), "argument for %s() given by name ('%s') "
                              "and position (%d)", fname, s, j + 1), -1;
        v[j] = args[nargs + k];
    }
    for (int j = 0; j < 2; j++)
        if (!v[j])
            return pyvm_raise(pyvm_exc("TypeError"), "%s() missing required argument '%s' "
                              "(pos %d)", fname, names[j], j + 1), -1;
    p->a = v[0];
    p->x = v[1];
    p->key = v[4] && !pyvm_is_none(v[4]) ? v[4] : NULL;
    long long lo = 0;
    if (v[2] && pyvm_int_value(v[2], &lo) < 0)
        return -1;
    if (lo < 0)
        return pyvm_raise(pyvm_exc("ValueError"), "lo must be non-negative"), -1;
    long long hi;
    if (v[3] && !pyvm_is_none(v[3])) {
        if (pyvm_int_value(v[3], &hi) < 0)
            return -1;
    } else {
        hi = pyvm_len(p->a);
        if (hi < 0)
            return -1;
    }
    p->lo = (long)lo;
    p->hi = (long)hi;
    return 0;
}

/* The insertion point of x: right means after equal items. */
static long search(Args *p, int right)
{
    long lo = p->lo, hi = p->hi;
    while (lo < hi) {
        long mid = lo + (hi - lo) / 2;
        pyvm_obj item = pyvm_item(p->a, mid);
        if (item && p->key)
            item = pyvm_call(p->key, &item, 1);
        if (!item)
            return -1;
        /* right: x < a[mid] goes left; left: a[mid] < x goes right */
        int lt = right ? pyvm_compare(p->x, item, PYVM_LT) : pyvm_compare(item, p->x, PYVM_LT);
        if (lt < 0)
            return -1;
        if (right ? lt : !lt)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static pyvm_obj bisect(const char *fname, int right, int insort, pyvm_obj *args, size_t nargs,
                       pyvm_obj kwnames)
{
    Args p;
    if (parse(fname, args, nargs, kwnames, &p) < 0)
        return NULL;
    pyvm_obj x = p.x;
    if (insort && p.key) {
        /* insort compares key(x) against key(a[i]) */
        p.x = pyvm_call(p.key, &x, 1);
        if (!p.x)
            return NULL;
    }
    long i = search(&p, right);
    if (i < 0)
        return NULL;
    if (!insort)
        return pyvm_int(i);
    pyvm_obj call[2] = {pyvm_int(i), x};
    if (!call[0] || !pyvm_call_method(p.a, "insert", call, 2))
        return NULL;
    return pyvm_none();
}

static pyvm_obj bisect_left(pyvm_obj self, pyvm_obj *a, size_t n, pyvm_obj kw)
{
    return bisect("bisect_left", 0, 0, a, n, kw);
}
static pyvm_obj bisect_right(pyvm_obj self, pyvm_obj *a, size_t n, pyvm_obj kw)
{
    return bisect("bisect_right", 1, 0, a, n, kw);
}
static pyvm_obj insort_left(pyvm_obj self, pyvm_obj *a, size_t n, pyvm_obj kw)
{
    return bisect("insort_left", 0, 1, a, n, kw);
}
static pyvm_obj insort_right(pyvm_obj self, pyvm_obj *a, size_t n, pyvm_obj kw)
{
    return bisect("insort_right", 1, 1, a, n, kw);
}

static const pyvm_method funcs[] = {
    {"bisect_left", bisect_left, 0, "Return the index where to insert x in a, before equal items."},
    {"bisect_right", bisect_right, 0, "Return the index where to insert x in a, after equal items."},
    {"insort_left", insort_left, 0, "Insert x in a, before equal items, keeping it sorted."},
    {"insort_right", insort_right, 0, "Insert x in a, after equal items, keeping it sorted."},
    {NULL, NULL, 0, NULL}};

static pyvm_obj init(void)
{
    pyvm_obj m = pyvm_module_new("_bisect");
    if (!m || pyvm_module_add_functions(m, funcs) < 0)
        return NULL;
    return m;
}

PYVM_MODULE(_bisect, init);
