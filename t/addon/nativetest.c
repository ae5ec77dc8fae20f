/* A native add-on for t/py/addon_native.py: exercises the object API of
 * <pyvm/pyvm.h>. */
#include <pyvm/pyvm.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <pthread.h>

/* sum_list(list_of_numbers) -> int or float */
static pyvm_obj sum_list(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("sum_list", nargs, kw, 1, 1) < 0)
        return NULL;
    long n = pyvm_len(args[0]);
    if (n < 0)
        return NULL;
    long long isum = 0;
    double fsum = 0;
    int isfloat = 0;
    for (long i = 0; i < n; i++) {
        pyvm_obj it = pyvm_item(args[0], i);
        if (!it)
            return NULL;
        if (pyvm_is_float(it)) {
            double d;
            if (pyvm_float_value(it, &d) < 0)
                return NULL;
            fsum += d;
            isfloat = 1;
        } else {
            long long v;
            if (pyvm_int_value(it, &v) < 0)
                return NULL;
            isum += v;
        }
    }
    return isfloat ? pyvm_float(fsum + (double)isum) : pyvm_int(isum);
}

/* describe(x) -> str: type name and repr */
static pyvm_obj describe(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("describe", nargs, kw, 1, 1) < 0)
        return NULL;
    return pyvm_str_format("%s: %R", pyvm_type_name(args[0]), args[0]);
}

/* upper_bytes(b) -> bytes */
static pyvm_obj upper_bytes(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    size_t n;
    if (pyvm_check_args("upper_bytes", nargs, kw, 1, 1) < 0)
        return NULL;
    const char *d = pyvm_bytes_data(args[0], &n);
    if (!d)
        return NULL;
    char *c = malloc(n + 1);
    if (!c)
        return pyvm_raise(pyvm_exc("MemoryError"), "out of memory");
    for (size_t i = 0; i < n; i++)
        c[i] = (d[i] >= 'a' && d[i] <= 'z') ? d[i] - 32 : d[i];
    pyvm_obj r = pyvm_bytes(c, n);
    free(c);
    return r;
}

/* word_lengths(str) -> dict word -> length, and a tuple of the words */
static pyvm_obj word_lengths(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    size_t n;
    if (pyvm_check_args("word_lengths", nargs, kw, 1, 1) < 0)
        return NULL;
    const char *s = pyvm_str_utf8(args[0], &n);
    if (!s)
        return NULL;
    pyvm_obj d = pyvm_dict_new(), words = pyvm_list_new(0);
    if (!d || !words)
        return NULL;
    size_t i = 0;
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j > i) {
            pyvm_obj w = pyvm_str_n(s + i, j - i);
            if (!w || pyvm_setitem(d, w, pyvm_int((long long)(j - i))) < 0 ||
                pyvm_list_append(words, w) < 0)
                return NULL;
        }
        i = j;
    }
    pyvm_obj items[2] = {d, pyvm_call(pyvm_getattr(pyvm_import("builtins"), "tuple"), &words, 1)};
    if (!items[1])
        return NULL;
    return pyvm_tuple_new(items, 2);
}

/* apply(f, *args) -> f(*args); apply_method(obj, name, *args) */
static pyvm_obj apply(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("apply", nargs, kw, 1, 8) < 0)
        return NULL;
    return pyvm_call(args[0], args + 1, nargs - 1);
}

static pyvm_obj apply_method(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("apply_method", nargs, kw, 2, 8) < 0)
        return NULL;
    const char *name = pyvm_str_utf8(args[1], NULL);
    return name ? pyvm_call_method(args[0], name, args + 2, nargs - 2) : NULL;
}

/* swap_attr(obj, name, value) -> old value; sets obj.name = value */
static pyvm_obj swap_attr(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("swap_attr", nargs, kw, 3, 3) < 0)
        return NULL;
    const char *name = pyvm_str_utf8(args[1], NULL);
    if (!name)
        return NULL;
    pyvm_obj old = pyvm_hasattr(args[0], name) ? pyvm_getattr(args[0], name) : pyvm_none();
    if (!old || pyvm_setattr(args[0], name, args[2]) < 0)
        return NULL;
    return old;
}

/* fail(kind): raise ValueError / the module's Error / OSError(ENOENT) */
static pyvm_obj error_class;
static pyvm_obj fail(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    long long k;
    if (pyvm_check_args("fail", nargs, kw, 1, 1) < 0 || pyvm_int_value(args[0], &k) < 0)
        return NULL;
    if (k == 0)
        return pyvm_raise(pyvm_exc("ValueError"), "bad value %lld", k);
    if (k == 1)
        return pyvm_raise(error_class, "custom failure");
    if (k == 2)
        return pyvm_raise_errno(2);
    return pyvm_none();
}

/* catch(f): call f(), return the exception it raised (or None) */
static pyvm_obj catch_(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("catch", nargs, kw, 1, 1) < 0)
        return NULL;
    pyvm_obj r = pyvm_call(args[0], NULL, 0);
    if (r)
        return pyvm_none();
    return pyvm_err_fetch();
}

/* remember(x) / recall(): a GC root in a static */
static pyvm_obj remembered;
static pyvm_obj remember(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("remember", nargs, kw, 1, 1) < 0)
        return NULL;
    remembered = args[0];
    return pyvm_none();
}
static pyvm_obj recall(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    pyvm_gc_collect();
    return remembered ? remembered : pyvm_none();
}

/* sleep_ms(ms): blocks on a worker thread, other green threads run */
typedef struct { long long ms; } Nap;
static void nap_run(void *arg) { usleep((useconds_t)(((Nap *)arg)->ms * 1000)); }
static pyvm_obj nap_finish(void *arg)
{
    pyvm_obj r = pyvm_int(((Nap *)arg)->ms);
    free(arg);
    return r;
}
static pyvm_obj sleep_ms(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    long long ms;
    if (pyvm_check_args("sleep_ms", nargs, kw, 1, 1) < 0 || pyvm_int_value(args[0], &ms) < 0)
        return NULL;
    Nap *n = malloc(sizeof *n);
    if (!n)
        return pyvm_raise(pyvm_exc("MemoryError"), "out of memory");
    n->ms = ms;
    return pyvm_blocking(self, nap_run, nap_finish, free, n, "sleep_ms");
}


/* call_in_thread(f, x): f(x) called from an OS thread of this library
 * (pyvm_foreign_enter/leave), waited for through pyvm_blocking so the
 * VM thread is free to hand over the GIL. */
typedef struct { pyvm_obj f, x; } ThreadCall;
static pyvm_obj thread_result; /* GC root: set by the foreign thread */
static void *thread_main(void *arg)
{
    ThreadCall *c = arg;
    pyvm_foreign st;
    pyvm_foreign_enter(&st);
    thread_result = pyvm_call(c->f, &c->x, 1);
    if (!thread_result) {
        pyvm_err_clear();
        thread_result = pyvm_str("callback raised");
    }
    pyvm_foreign_leave(&st);
    return NULL;
}
static void thread_run(void *arg)
{
    pthread_t t;
    if (pthread_create(&t, NULL, thread_main, arg) == 0)
        pthread_join(t, NULL);
}
static pyvm_obj thread_finish(void *arg)
{
    free(arg);
    pyvm_obj r = thread_result ? thread_result : pyvm_none();
    thread_result = NULL;
    return r;
}
static pyvm_obj call_in_thread(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("call_in_thread", nargs, kw, 2, 2) < 0)
        return NULL;
    ThreadCall *c = malloc(sizeof *c);
    if (!c)
        return pyvm_raise(pyvm_exc("MemoryError"), "out of memory");
    c->f = args[0]; /* kept alive by the caller's frame during the call */
    c->x = args[1];
    return pyvm_blocking(self, thread_run, thread_finish, free, c, "call_in_thread");
}

/* gil_section(): a short stretch of pure C with the GIL released */
static pyvm_obj gil_section(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    int st = pyvm_gil_release();
    usleep(1000);
    pyvm_gil_restore(st);
    return pyvm_str("gil back");
}

/* a type: Counter(start) with add(n) and value(); C state in a pointer */
static pyvm_obj counter_init(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    long long start = 0;
    if (pyvm_check_args("Counter", nargs, kw, 0, 1) < 0 ||
        (nargs && pyvm_int_value(args[0], &start) < 0))
        return NULL;
    long long *p = malloc(sizeof *p);
    if (!p)
        return pyvm_raise(pyvm_exc("MemoryError"), "out of memory");
    *p = start;
    pyvm_obj box = pyvm_pointer_new(p, free);
    if (!box || pyvm_setattr(self, "_state", box) < 0)
        return NULL;
    return pyvm_none();
}
static long long *counter_state(pyvm_obj self)
{
    pyvm_obj box = pyvm_getattr(self, "_state");
    return box ? pyvm_pointer_get(box) : NULL;
}
static pyvm_obj counter_add(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    long long n = 1, *p = counter_state(self);
    if (!p || pyvm_check_args("add", nargs, kw, 0, 1) < 0 ||
        (nargs && pyvm_int_value(args[0], &n) < 0))
        return NULL;
    *p += n;
    return pyvm_int(*p);
}
static pyvm_obj counter_value(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    long long *p = counter_state(self);
    return p ? pyvm_int(*p) : NULL;
}
static pyvm_obj counter_unit(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    return pyvm_str("clicks");
}

static const pyvm_method counter_methods[] = {
    {"__init__", counter_init, 0, NULL},
    {"add", counter_add, 0, "add(n=1) -> new value"},
    {"value", counter_value, 0, NULL},
    {"unit", counter_unit, PYVM_METH_STATIC, NULL},
    {NULL, NULL, 0, NULL}};

static const pyvm_method funcs[] = {
    {"sum_list", sum_list, 0, "sum_list(seq) -> number"},
    {"describe", describe, 0, NULL},
    {"upper_bytes", upper_bytes, 0, NULL},
    {"word_lengths", word_lengths, 0, NULL},
    {"apply", apply, 0, NULL},
    {"apply_method", apply_method, 0, NULL},
    {"swap_attr", swap_attr, 0, NULL},
    {"fail", fail, 0, NULL},
    {"catch", catch_, 0, NULL},
    {"remember", remember, 0, NULL},
    {"recall", recall, 0, NULL},
    {"sleep_ms", sleep_ms, 0, NULL},
    {"call_in_thread", call_in_thread, 0, NULL},
    {"gil_section", gil_section, 0, NULL},
    {NULL, NULL, 0, NULL}};

static pyvm_obj init(void)
{
    pyvm_gc_root(&remembered);
    pyvm_gc_root(&error_class);
    pyvm_gc_root(&thread_result);
    pyvm_obj m = pyvm_module_new("nativetest");
    if (!m || pyvm_module_add_functions(m, funcs) < 0)
        return NULL;
    error_class = pyvm_exc_new_class("nativetest.Error", pyvm_exc("RuntimeError"));
    if (!error_class || pyvm_module_add(m, "Error", error_class) < 0 ||
        pyvm_module_add_int(m, "ABI", pyvm_abi_version()) < 0 ||
        pyvm_module_add_str(m, "GREETING", "hi") < 0 ||
        pyvm_module_add(m, "NOTHING", pyvm_none()) < 0 ||
        pyvm_module_add(m, "YES", pyvm_bool(1)) < 0 ||
        pyvm_module_add(m, "PAIR", pyvm_tuple_pack(2, pyvm_int(1), pyvm_float(2.5))) < 0 ||
        !pyvm_type_new(m, "Counter", NULL, counter_methods))
        return NULL;
    return m;
}

PYVM_MODULE(nativetest, init);
