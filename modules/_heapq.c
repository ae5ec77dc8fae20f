/* _heapq.c: the C half of the heapq module (heappush, heappop, heapify,
 * heapreplace, heappushpop), built as a loadable native add-on with the
 * public <pyvm/pyvm.h> API, like _bisect.c: dogfooding the interface. */
#include <pyvm/pyvm.h>

static int need_list(const char *fname, pyvm_obj heap)
{
    if (pyvm_is_list(heap))
        return 0;
    pyvm_raise(pyvm_exc("TypeError"), "%s() argument 1 must be list, not %s", fname,
               pyvm_type_name(heap));
    return -1;
}

/* Move the item at pos up towards start while it is smaller than its parent. */
static int sift_down(pyvm_obj heap, long start, long pos)
{
    pyvm_obj item = pyvm_item(heap, pos);
    if (!item)
        return -1;
    while (pos > start) {
        long parentpos = (pos - 1) >> 1;
        pyvm_obj parent = pyvm_item(heap, parentpos);
        if (!parent)
            return -1;
        int lt = pyvm_compare(item, parent, PYVM_LT);
        if (lt < 0)
            return -1;
        if (!lt)
            break;
        if (pyvm_set_item(heap, pos, parent) < 0)
            return -1;
        pos = parentpos;
    }
    return pyvm_set_item(heap, pos, item);
}

/* Bubble the smaller child up from pos to a leaf, then sift the item
 * that was at pos into place (the same scheme as CPython's heapq). */
static int sift_up(pyvm_obj heap, long pos)
{
    long end = pyvm_len(heap), start = pos;
    if (end < 0)
        return -1;
    pyvm_obj item = pyvm_item(heap, pos);
    if (!item)
        return -1;
    long child = 2 * pos + 1;
    while (child < end) {
        long right = child + 1;
        if (right < end) {
            pyvm_obj a = pyvm_item(heap, child), b = pyvm_item(heap, right);
            int lt = a && b ? pyvm_compare(a, b, PYVM_LT) : -1;
            if (lt < 0)
                return -1;
            if (!lt)
                child = right;
        }
        pyvm_obj c = pyvm_item(heap, child);
        if (!c || pyvm_set_item(heap, pos, c) < 0)
            return -1;
        pos = child;
        child = 2 * pos + 1;
    }
    if (pyvm_set_item(heap, pos, item) < 0)
        return -1;
    return sift_down(heap, start, pos);
}

static pyvm_obj heappush(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("heappush", nargs, kw, 2, 2) < 0 || need_list("heappush", args[0]) < 0 ||
        pyvm_list_append(args[0], args[1]) < 0)
        return NULL;
    if (sift_down(args[0], 0, pyvm_len(args[0]) - 1) < 0)
        return NULL;
    return pyvm_none();
}

static pyvm_obj heappop(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("heappop", nargs, kw, 1, 1) < 0 || need_list("heappop", args[0]) < 0)
        return NULL;
    if (pyvm_len(args[0]) == 0)
        return pyvm_raise(pyvm_exc("IndexError"), "index out of range");
    pyvm_obj last = pyvm_call_method(args[0], "pop", NULL, 0);
    if (!last || pyvm_len(args[0]) == 0)
        return last;
    pyvm_obj top = pyvm_item(args[0], 0);
    if (!top || pyvm_set_item(args[0], 0, last) < 0 || sift_up(args[0], 0) < 0)
        return NULL;
    return top;
}

static pyvm_obj heapreplace(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("heapreplace", nargs, kw, 2, 2) < 0 || need_list("heapreplace", args[0]) < 0)
        return NULL;
    if (pyvm_len(args[0]) == 0)
        return pyvm_raise(pyvm_exc("IndexError"), "index out of range");
    pyvm_obj top = pyvm_item(args[0], 0);
    if (!top || pyvm_set_item(args[0], 0, args[1]) < 0 || sift_up(args[0], 0) < 0)
        return NULL;
    return top;
}

static pyvm_obj heappushpop(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("heappushpop", nargs, kw, 2, 2) < 0 || need_list("heappushpop", args[0]) < 0)
        return NULL;
    if (pyvm_len(args[0]) == 0)
        return args[1];
    pyvm_obj top = pyvm_item(args[0], 0);
    int lt = top ? pyvm_compare(top, args[1], PYVM_LT) : -1;
    if (lt <= 0)
        return lt < 0 ? NULL : args[1];
    if (pyvm_set_item(args[0], 0, args[1]) < 0 || sift_up(args[0], 0) < 0)
        return NULL;
    return top;
}

static pyvm_obj heapify(pyvm_obj self, pyvm_obj *args, size_t nargs, pyvm_obj kw)
{
    if (pyvm_check_args("heapify", nargs, kw, 1, 1) < 0 || need_list("heapify", args[0]) < 0)
        return NULL;
    for (long i = pyvm_len(args[0]) / 2 - 1; i >= 0; i--)
        if (sift_up(args[0], i) < 0)
            return NULL;
    return pyvm_none();
}

static const pyvm_method funcs[] = {
    {"heappush", heappush, 0, "Push item onto heap, maintaining the heap invariant."},
    {"heappop", heappop, 0, "Pop the smallest item off the heap, maintaining the heap invariant."},
    {"heapreplace", heapreplace, 0, "Pop and return the current smallest value, and add the new item."},
    {"heappushpop", heappushpop, 0, "Push item on the heap, then pop and return the smallest item."},
    {"heapify", heapify, 0, "Transform list into a heap, in-place, in O(len(heap)) time."},
    {NULL, NULL, 0, NULL}};

static pyvm_obj init(void)
{
    pyvm_obj m = pyvm_module_new("_heapq");
    if (!m || pyvm_module_add_functions(m, funcs) < 0)
        return NULL;
    return m;
}

PYVM_MODULE(_heapq, init);
