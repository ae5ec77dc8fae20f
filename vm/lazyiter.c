/* lazyiter.c: the lazy iterator types of the builtins, enumerate, zip, map
 * and filter, in continuation-passing style (cont.h): their next() and
 * their construction (a Python __iter__ of an argument) ask the loop to
 * run Python code instead of nesting it; the type slots are the plain
 * entries (pv_cont_sync). */
#include "cont.h"

static Value iter_self(Value self)
{
    return self;
}

/* ---- enumerate ---- */

typedef struct { PvObj h; Value it, count; } PvEnumerate;

static Value enumerate_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"iterable", "start", NULL};
    Value iterable = nargs ? args[0] : NULL, start = pv_small(0);
    if (nargs == 0 && kwnames) /* look for iterable= ourselves: CPython's message */
        for (size_t i = 0; i < pv_tuple_size(kwnames); i++)
            if (pv_str_eq_cstr(pv_tuple_items(kwnames)[i], "iterable"))
                iterable = args[i];
    if (!iterable)
        return pv_raise(&pv_exc_TypeError, "enumerate() missing required argument 'iterable'");
    if (pv_parse_args("enumerate", args, nargs, kwnames, "O|O", kwlist, &iterable, &start) < 0)
        return NULL;
    if (!pv_is_small(start) && !(start = pv_index(start)))
        return NULL;
    Value it = pv_iter(iterable);
    if (!it)
        return NULL;
    PvEnumerate *e = pv_alloc(type, type->basicsize);
    if (!e)
        return NULL;
    e->it = it;
    e->count = start;
    return (Value)e;
}

static void enumerate_mark(Value self)
{
    pv_gc_mark(((PvEnumerate *)self)->it);
    pv_gc_mark(((PvEnumerate *)self)->count);
}

/* The pair for item v (NULL: the end or an error). */
static Value enumerate_pack(Value self, Value v)
{
    PvEnumerate *e = (PvEnumerate *)self;
    if (!v)
        return NULL;
    Value c = e->count;
    Value next = pv_is_small(c) && pv_small_val(c) < PV_SMALL_MAX
                     ? pv_small(pv_small_val(c) + 1)
                     : pv_binop(c, pv_small(1), PV_OP_ADD);
    if (!next)
        return NULL;
    e->count = next;
    return pv_tuple_pack(2, c, v);
}

static Value enumerate_got(PvCont *k, Value v)
{
    return enumerate_pack(k->a, v);
}

Value pv_iter_enumerate_next(Value self)
{
    Value v = pv_cont_next_of(NULL, ((PvEnumerate *)self)->it);
    if (v != PV_REQUEST)
        return enumerate_pack(self, v);
    PvCont *k = pv_cont_new(enumerate_got);
    if (!k)
        return NULL;
    k->a = self;
    return pv_cont_then(v, k);
}

static Value enumerate_next(Value self)
{
    return pv_cont_sync(pv_iter_enumerate_next(self));
}

PvType pv_enumerate_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "enumerate",
    .basicsize = sizeof(PvEnumerate),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .methods = NULL,
    .mark = enumerate_mark,
    .iter = iter_self,
    .iternext = enumerate_next,
    .new_ = enumerate_new,
    .extra = NULL,
};

/* ---- zip ---- */

typedef struct { PvObj h; Value iters; bool strict; } PvZip; /* iters NULL: done */

static Value zip_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    bool strict = false;
    size_t nk = kwnames ? pv_tuple_size(kwnames) : 0;
    for (size_t i = 0; i < nk; i++) {
        Value name = pv_tuple_items(kwnames)[i];
        if (!pv_str_eq_cstr(name, "strict"))
            return pv_raise(&pv_exc_TypeError,
                            "'%S' is an invalid keyword argument for zip()", name);
        int r = pv_truthy(args[nargs + i]);
        if (r < 0)
            return NULL;
        strict = r;
    }
    Value iters = pv_tuple_new(nargs);
    if (!iters)
        return NULL;
    for (size_t i = 0; i < nargs; i++) {
        Value it = pv_iter(args[i]);
        if (!it)
            return NULL;
        pv_tuple_items(iters)[i] = it;
    }
    PvZip *z = pv_alloc(type, type->basicsize);
    if (!z)
        return NULL;
    z->iters = iters;
    z->strict = strict;
    return (Value)z;
}

static void zip_mark(Value self)
{
    pv_gc_mark(((PvZip *)self)->iters);
}

/* zip's next from iterator i on, the tuple res being filled. k (NULL
 * until needed): a the zip, b res, i. */
static Value zip_fill(PvCont *k, Value self, Value res, size_t i);

static Value zip_got(PvCont *k, Value v)
{
    if (v) {
        pv_tuple_items(k->b)[k->i] = v;
        return zip_fill(k, k->a, k->b, (size_t)k->i + 1);
    }
    return zip_fill(k, k->a, NULL, (size_t)k->i); /* that iterator ended */
}

/* Iterator i ended (res NULL) or failed: zip is over; strict checks the
 * lengths (in C: a rare error path). */
static Value zip_end(PvZip *z, size_t i)
{
    if (pv_err_occurred()) {
        if (!pv_err_matches(&pv_exc_StopIteration))
            return NULL;
        pv_err_clear();
    }
    Value iters = z->iters;
    size_t n = pv_tuple_size(iters);
    z->iters = NULL;
    if (!z->strict)
        return NULL;
    const char *plural = i == 1 ? " " : "s 1-";
    if (i)
        return pv_raise(&pv_exc_ValueError, "zip() argument %zu is shorter than argument%s%zu",
                        i + 1, plural, i);
    for (i = 1; i < n; i++) {
        Value v = pv_next(pv_tuple_items(iters)[i]);
        if (v) {
            plural = i == 1 ? " " : "s 1-";
            return pv_raise(&pv_exc_ValueError, "zip() argument %zu is longer than argument%s%zu",
                            i + 1, plural, i);
        }
        if (pv_err_occurred())
            return NULL;
    }
    return NULL;
}

static Value zip_fill(PvCont *k, Value self, Value res, size_t i)
{
    PvZip *z = (PvZip *)self;
    if (!res)
        return zip_end(z, i);
    size_t n = pv_tuple_size(z->iters);
    for (; i < n; i++) {
        Value v = pv_cont_next_of(NULL, pv_tuple_items(z->iters)[i]);
        if (v == PV_REQUEST) {
            if (!k && !(k = pv_cont_new(zip_got)))
                return NULL;
            k->a = self;
            k->b = res;
            k->i = (ssize_t)i;
            return pv_cont_then(v, k);
        }
        if (!v)
            return zip_end(z, i);
        pv_tuple_items(res)[i] = v;
    }
    return res;
}

Value pv_iter_zip_next(Value self)
{
    PvZip *z = (PvZip *)self;
    if (!z->iters || pv_tuple_size(z->iters) == 0)
        return NULL;
    Value res = pv_tuple_new(pv_tuple_size(z->iters));
    return res ? zip_fill(NULL, self, res, 0) : NULL;
}

static Value zip_next(Value self)
{
    return pv_cont_sync(pv_iter_zip_next(self));
}

PvType pv_zip_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "zip",
    .basicsize = sizeof(PvZip),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .mark = zip_mark,
    .iter = iter_self,
    .iternext = zip_next,
    .new_ = zip_new,
};

/* ---- map ---- */

typedef struct { PvObj h; Value func, iters; } PvMap;

static Value map_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames) && type == &pv_map_type)
        return pv_raise(&pv_exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2)
        return pv_raise(&pv_exc_TypeError, "map() must have at least two arguments.");
    Value iters = pv_tuple_new(nargs - 1);
    if (!iters)
        return NULL;
    for (size_t i = 1; i < nargs; i++) {
        Value it = pv_iter(args[i]);
        if (!it)
            return NULL;
        pv_tuple_items(iters)[i - 1] = it;
    }
    PvMap *m = pv_alloc(type, type->basicsize);
    if (!m)
        return NULL;
    m->func = args[0];
    m->iters = iters;
    return (Value)m;
}

/* map(f, *its), filter(f, it), zip(*its), enumerate(it[, n]) called from
 * the loop: a Python __iter__ of an argument is a request. k: a the
 * arguments, b the iterators, i the next one, op the index of the first
 * iterable argument, c the type. */
static Value ctor_more(PvCont *k);

static Value ctor_got(PvCont *k, Value it)
{
    if (!it)
        return NULL;
    if (!pv_type(it)->iternext)
        return pv_raise(&pv_exc_TypeError, "iter() returned non-iterator of type '%T'", it);
    pv_tuple_items(k->b)[k->i++] = it;
    return ctor_more(k);
}

typedef struct { PvObj h; Value func, it; } PvFilter;

static Value ctor_more(PvCont *k)
{
    size_t n = pv_tuple_size(k->b);
    for (; (size_t)k->i < n; k->i++) {
        Value obj = pv_tuple_items(k->a)[k->i + k->op];
        PvType *t = pv_type(obj);
        Value m = t->flags & PV_TPFLAG_HEAPTYPE ? pv_type_lookup(t, pv_id___iter__) : NULL;
        if (m && pv_is_type(m, &pv_function_type)) {
            k->fn = ctor_got;
            return pv_cont_call(k, m, &obj, 1);
        }
        Value it = pv_iter(obj);
        if (!it)
            return NULL;
        pv_tuple_items(k->b)[k->i] = it;
    }
    PvType *type = (PvType *)k->c;
    Value *args = pv_tuple_items(k->a), *its = pv_tuple_items(k->b);
    Value r = pv_alloc(type, type->basicsize);
    if (!r)
        return NULL;
    if (type == &pv_filter_type) {
        ((PvFilter *)r)->func = args[0];
        ((PvFilter *)r)->it = its[0];
    } else if (type == &pv_map_type) {
        ((PvMap *)r)->func = args[0];
        ((PvMap *)r)->iters = k->b;
    } else if (type == &pv_zip_type) {
        ((PvZip *)r)->iters = k->b;
    } else {
        ((PvEnumerate *)r)->it = its[0];
        ((PvEnumerate *)r)->count = pv_tuple_size(k->a) > 1 ? args[1] : pv_small(0);
    }
    return r;
}

Value pv_lazyiter_new(Value self, Value *args, size_t nargs, Value kwnames)
{
    int first = self == (Value)&pv_map_type || self == (Value)&pv_filter_type;
    bool ok = !(kwnames && pv_tuple_size(kwnames));
    if (self == (Value)&pv_filter_type)
        ok = ok && nargs == 2;
    else if (self == (Value)&pv_map_type)
        ok = ok && nargs >= 2;
    else if (self == (Value)&pv_enumerate_type)
        ok = ok && (nargs == 1 || (nargs == 2 && pv_is_small(args[1])));
    if (!ok)
        return pv_call(self, args, nargs, kwnames); /* the rest, errors included */
    size_t nits = self == (Value)&pv_enumerate_type ? 1 : nargs - (size_t)first;
    PvCont *k = pv_cont_new(NULL);
    if (!k || !(k->a = pv_tuple_from(args, nargs)) || !(k->b = pv_tuple_new(nits)))
        return NULL;
    k->c = self;
    k->op = first;
    return ctor_more(k);
}

static void map_mark(Value self)
{
    pv_gc_mark(((PvMap *)self)->func);
    pv_gc_mark(((PvMap *)self)->iters);
}

/* Pull the arguments from iterator i on into argv (k->b), then call func
 * as a tail call. k (NULL until needed): a the map, b argv, i. */
static Value map_fill(PvCont *k, Value self, Value argv, size_t i);

static Value map_got(PvCont *k, Value v)
{
    if (!v)
        return NULL; /* the end (or an error) of an argument iterator */
    pv_tuple_items(k->b)[k->i] = v;
    return map_fill(k, k->a, k->b, (size_t)k->i + 1);
}

static Value map_fill(PvCont *k, Value self, Value argv, size_t i)
{
    PvMap *m = (PvMap *)self;
    size_t n = pv_tuple_size(m->iters);
    for (; i < n; i++) {
        Value v = pv_cont_next_of(NULL, pv_tuple_items(m->iters)[i]);
        if (v == PV_REQUEST) {
            if (!k && !(k = pv_cont_new(map_got)))
                return NULL;
            k->fn = map_got;
            k->a = self;
            k->b = argv;
            k->i = (ssize_t)i;
            return pv_cont_then(v, k);
        }
        if (!v)
            return NULL;
        pv_tuple_items(argv)[i] = v;
    }
    return pv_cont_call_of(NULL, m->func, pv_tuple_items(argv), n);
}

Value pv_iter_map_next(Value self)
{
    PvMap *m = (PvMap *)self;
    size_t n = pv_tuple_size(m->iters);
    Value argv = pv_tuple_new(n);
    return argv ? map_fill(NULL, self, argv, 0) : NULL;
}

static Value map_next(Value self)
{
    return pv_cont_sync(pv_iter_map_next(self));
}

PvType pv_map_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "map",
    .basicsize = sizeof(PvMap),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .mark = map_mark,
    .iter = iter_self,
    .iternext = map_next,
    .new_ = map_new,
};

/* ---- filter ---- */

static Value filter_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    if (kwnames && pv_tuple_size(kwnames) && type == &pv_filter_type)
        return pv_raise(&pv_exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2)
        return pv_raise(&pv_exc_TypeError, "filter expected 2 arguments, got %zu", nargs);
    Value it = pv_iter(args[1]);
    if (!it)
        return NULL;
    PvFilter *f = pv_alloc(type, type->basicsize);
    if (!f)
        return NULL;
    f->func = args[0];
    f->it = it;
    return (Value)f;
}

static void filter_mark(Value self)
{
    pv_gc_mark(((PvFilter *)self)->func);
    pv_gc_mark(((PvFilter *)self)->it);
}

/* k (NULL until needed): a the filter, b the item being tested. From
 * item v on (NULL: fetch one), until an item passes or a request. */
static Value filter_got(PvCont *k, Value v);
static Value filter_tested(PvCont *k, Value t);

static Value filter_loop(PvCont *k, Value self, Value v)
{
    PvFilter *fl = (PvFilter *)self;
    bool plain = fl->func == pv_None || fl->func == (Value)&pv_bool_type;
    for (;; v = NULL) {
        if (!v) {
            v = pv_cont_next_of(NULL, fl->it);
            if (v == PV_REQUEST) {
                if (!k && !(k = pv_cont_new(NULL)))
                    return NULL;
                k->fn = filter_got;
                k->a = self;
                return pv_cont_then(v, k);
            }
            if (!v)
                return NULL;
        }
        Value t = plain ? v : pv_cont_call_of(NULL, fl->func, &v, 1);
        if (t == PV_REQUEST) {
            if (!k && !(k = pv_cont_new(NULL)))
                return NULL;
            k->fn = filter_tested;
            k->a = self;
            k->b = v;
            return pv_cont_then(t, k);
        }
        if (!t)
            return NULL;
        int r = pv_truthy(t);
        if (r < 0)
            return NULL;
        if (r)
            return v;
    }
}

static Value filter_got(PvCont *k, Value v)
{
    return v ? filter_loop(k, k->a, v) : NULL;
}

static Value filter_tested(PvCont *k, Value t)
{
    if (!t)
        return NULL;
    int r = pv_truthy(t);
    if (r < 0)
        return NULL;
    return r ? k->b : filter_loop(k, k->a, NULL);
}

Value pv_iter_filter_next(Value self)
{
    return filter_loop(NULL, self, NULL);
}

static Value filter_next(Value self)
{
    return pv_cont_sync(pv_iter_filter_next(self));
}

PvType pv_filter_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "filter",
    .basicsize = sizeof(PvFilter),
    .flags = PV_TPFLAG_BASETYPE,
    .base = &pv_object_type,
    .mark = filter_mark,
    .iter = iter_self,
    .iternext = filter_next,
    .new_ = filter_new,
};
