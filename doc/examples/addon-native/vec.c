/* A native pyvm add-on: takes and returns Python objects through
 * <pyvm/pyvm.h>. */
#include <pyvm/pyvm.h>

/* dot(xs, ys) -> float: the dot product of two sequences of numbers */
static pyvm_obj dot(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kwnames)
{
    if (pyvm_check_args("dot", nargs, kwnames, 2, 2) < 0)
        return NULL;
    long n = pyvm_len(args[0]);
    if (n < 0)
        return NULL;
    if (n != pyvm_len(args[1]))
        return pyvm_raise(pyvm_exc("ValueError"), "dot: lengths differ");
    double sum = 0;
    for (long i = 0; i < n; i++) {
        double a, b;
        pyvm_obj x = pyvm_item(args[0], i), y = x ? pyvm_item(args[1], i) : NULL;
        if (!y || pyvm_float_value(x, &a) < 0 || pyvm_float_value(y, &b) < 0)
            return NULL;
        sum += a * b;
    }
    return pyvm_float(sum);
}

/* scaled(xs, k) -> list */
static pyvm_obj scaled(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kwnames)
{
    double k;
    if (pyvm_check_args("scaled", nargs, kwnames, 2, 2) < 0 || pyvm_float_value(args[1], &k) < 0)
        return NULL;
    pyvm_obj out = pyvm_list_new(0), it = pyvm_iter(args[0]), x;
    if (!out || !it)
        return NULL;
    while ((x = pyvm_next(it))) {
        double v;
        if (pyvm_float_value(x, &v) < 0 || pyvm_list_append(out, pyvm_float(v * k)) < 0)
            return NULL;
    }
    return pyvm_err_occurred() ? NULL : out;
}

static const pyvm_method funcs[] = {
    {"dot", dot, 0, "dot(xs, ys) -> float"},
    {"scaled", scaled, 0, "scaled(xs, k) -> list"},
    {NULL, NULL, 0, NULL}};

static pyvm_obj init(void)
{
    pyvm_obj m = pyvm_module_new("vec");
    if (!m || pyvm_module_add_functions(m, funcs) < 0)
        return NULL;
    return m;
}

PYVM_MODULE(vec, init);
