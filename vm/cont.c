/* cont.c: continuations (cont.h): requests, chains, the C driver, and the
 * CPS constructors list(it), tuple(it), set(it), frozenset(it), dict(it). */
#include "cont.h"
#include "eval.h"

PvObj pv_cont_request_obj;

static void cont_mark(Value self)
{
    PvCont *k = (PvCont *)self;
    pv_gc_mark((Value)k->outer);
    pv_gc_mark(k->a);
    pv_gc_mark(k->b);
    pv_gc_mark(k->c);
    pv_gc_mark(k->d);
}

static PvType cont_type = {
    .h = {&pv_type_type, 0, 0},
    .name = "continuation",
    .basicsize = sizeof(PvCont),
    .base = &pv_object_type,
    .mark = cont_mark,
};

/* The pending request: set by pv_cont_call/next, taken by a driver before
 * any other Python code runs. GC roots. */
static struct {
    int kind;
    Value target, argt;
    PvCont *head, *tail;
} req;
static bool roots_done;

static void init_roots(void)
{
    pv_gc_add_root(&req.target);
    pv_gc_add_root(&req.argt);
    pv_gc_add_root((Value *)&req.head);
    pv_gc_add_root((Value *)&req.tail);
    roots_done = true;
}

PvCont *pv_cont_new(PvContFn fn)
{
    if (!(cont_type.flags & PV_TPFLAG_READY) && pv_type_ready(&cont_type) < 0)
        return NULL;
    PvCont *k = pv_alloc(&cont_type, sizeof(PvCont));
    if (k)
        k->fn = fn;
    return k;
}

static Value request(int kind, PvCont *k, Value target, Value argt)
{
    if (!roots_done)
        init_roots();
    req.kind = kind;
    req.target = target;
    req.argt = argt;
    req.head = req.tail = k;
    return PV_REQUEST;
}

Value pv_cont_call(PvCont *k, Value callable, Value *args, size_t nargs)
{
    Value argt = pv_tuple_from(args, nargs);
    return argt ? request(PV_CONT_CALL, k, callable, argt) : NULL;
}

Value pv_cont_next(PvCont *k, Value it)
{
    return request(PV_CONT_NEXT, k, it, NULL);
}

Value pv_cont_then(Value r, PvCont *k)
{
    if (r != PV_REQUEST || !k)
        return r;
    if (req.tail)
        req.tail->outer = k;
    else
        req.head = k;
    req.tail = k;
    return r;
}

PvCont *pv_cont_take(PvCont *outer, int *kind, Value *target, Value *argt)
{
    PvCont *head = req.head;
    if (req.tail)
        req.tail->outer = outer;
    else
        head = outer;
    *kind = req.kind;
    *target = req.target;
    *argt = req.argt;
    req.target = req.argt = NULL;
    req.head = req.tail = NULL;
    return head;
}

/* Does calling this run Python code in a frame (so it must be a request)? */
static bool is_python_call(Value callable)
{
    if (pv_is_type(callable, &pv_method_type))
        callable = ((PvMethod *)callable)->func;
    return pv_is_type(callable, &pv_function_type) || pv_cont_class_call(callable);
}

/* Does next(it) run Python code (a generator, a class's __next__)? */
static bool is_python_next(Value it)
{
    if (pv_is_type(it, &pv_generator_type))
        return true;
    PvType *t = pv_type(it);
    if (!(t->flags & PV_TPFLAG_HEAPTYPE))
        return false;
    Value m = pv_type_lookup(t, pv_id___next__);
    return m && pv_is_type(m, &pv_function_type);
}

Value pv_cont_call_of(PvCont *k, Value callable, Value *args, size_t nargs)
{
    if (is_python_call(callable))
        return pv_cont_call(k, callable, args, nargs);
    PvCallFn cps = pv_cont_callable(callable);
    if (cps)
        return pv_cont_then(cps(callable, args, nargs, NULL), k);
    return pv_call(callable, args, nargs, NULL);
}

Value pv_cont_next_of(PvCont *k, Value it)
{
    if (is_python_next(it))
        return pv_cont_next(k, it);
    Value (*cps)(Value) = pv_cont_iternext(pv_type(it));
    if (cps)
        return pv_cont_then(cps(it), k);
    return pv_next(it);
}

Value pv_cont_perform(int kind, Value target, Value argt)
{
    if (kind == PV_CONT_NEXT) {
        Value (*cps)(Value) = pv_cont_iternext(pv_type(target));
        return cps ? cps(target) : pv_next(target);
    }
    PvCallFn cps = pv_cont_callable(target);
    Value *args = pv_tuple_items(argt);
    size_t n = pv_tuple_size(argt);
    return cps ? cps(target, args, n, NULL) : pv_call(target, args, n, NULL);
}

Value pv_cont_deliver(PvCont *k, Value v, PvCont **outer)
{
    while (k) {
        PvCont *up = k->outer;
        k->outer = NULL;
        v = k->fn(k, v);
        if (v == PV_REQUEST) {
            *outer = up;
            return v;
        }
        k = up;
    }
    return v;
}

Value pv_cont_sync(Value r)
{
    PvCont *chain = NULL; /* waiting for the operation in flight */
    while (r == PV_REQUEST) {
        int kind;
        Value target, argt;
        chain = pv_cont_take(chain, &kind, &target, &argt);
        Value v = pv_cont_perform(kind, target, argt);
        if (v == PV_REQUEST) {
            r = v; /* a CPS callee: its request goes first */
            continue;
        }
        r = pv_cont_deliver(chain, v, &chain);
    }
    return r;
}

/* ---- comparisons ---- */

/* k: a, b the operands, op, i the plan's stage (+ 4: negate the answer of
 * a Python __eq__ standing for object.__ne__). */
static Value compare_step(PvCont *k);

static Value compare_got(PvCont *k, Value r)
{
    if (!r)
        return NULL;
    if ((k->i & 4) && r != pv_NotImplemented) {
        int t = pv_truthy(r);
        return t < 0 ? NULL : pv_bool(!t);
    }
    return r == pv_NotImplemented ? compare_step(k) : r;
}

static Value compare_step(PvCont *k)
{
    int stage = (int)(k->i & 3);
    Value call = NULL, cargs[2];
    Value r = pv_compare_plan(k->a, k->b, k->op, &stage, &call, cargs);
    k->i = stage;
    if (r || !call)
        return r;
    k->fn = compare_got;
    return pv_cont_call(k, call, cargs, 2);
}

Value pv_cont_compare(Value a, Value b, int op)
{
    if (!((!pv_is_small(a) && (a->type->flags & PV_TPFLAG_HEAPTYPE)) ||
          (!pv_is_small(b) && (b->type->flags & PV_TPFLAG_HEAPTYPE))))
        return pv_compare(a, b, op);
    PvCont *k = pv_cont_new(NULL);
    if (!k)
        return NULL;
    k->a = a;
    k->b = b;
    k->op = op;
    return compare_step(k);
}

/* ---- registry ---- */

#define MAXREG 32
static Value reg_callable[MAXREG];
static PvCallFn reg_fn[MAXREG];
static int nreg;
static bool reg_ready;
static uint64_t reg_filter[4]; /* bits of registered addresses: most calls miss at once */
#define REG_BIT(v) (((uintptr_t)(v) >> 4) & 255)

void pv_cont_register(Value callable, PvCallFn cps)
{
    if (!callable || nreg == MAXREG)
        return;
    reg_callable[nreg] = callable;
    reg_filter[REG_BIT(callable) >> 6] |= UINT64_C(1) << (REG_BIT(callable) & 63);
    pv_gc_add_root(&reg_callable[nreg]);
    reg_fn[nreg++] = cps;
}

static Value cps_ctor(Value self, Value *args, size_t nargs, Value kwnames);
static Value cps_join(Value self, Value *args, size_t nargs, Value kwnames);
static Value cps_list_sort(Value self, Value *args, size_t nargs, Value kwnames)
{
    (void)self;
    if (nargs < 1 || !pv_is_type(args[0], &pv_list_type))
        return pv_call(self, args, nargs, kwnames);
    return pv_list_sort_call(args[0], args + 1, nargs - 1, kwnames);
}

static void registry_init(void)
{
    if (!pv_builtins_dict)
        return; /* too early: not yet */
    reg_ready = true;
    pv_cont_register((Value)&pv_list_type, cps_ctor);
    pv_cont_register((Value)&pv_tuple_type, cps_ctor);
    pv_cont_register((Value)&pv_set_type, cps_ctor);
    pv_cont_register((Value)&pv_frozenset_type, cps_ctor);
    pv_cont_register((Value)&pv_dict_type, cps_ctor);
    pv_cont_register(pv_type_lookup_str(&pv_str_type, "join"), cps_join);
    pv_cont_register(pv_type_lookup_str(&pv_list_type, "sort"), cps_list_sort);
    pv_iter_cps_init();
    pv_dunder_cps_init();
}

PvCallFn pv_cont_callable(Value callable)
{
    PvType *t = pv_type(callable);
    if (t != &pv_cfunction_type && t != &pv_method_descr_type && t != &pv_type_type)
        return NULL;
    if (!reg_ready)
        registry_init();
    if (!(reg_filter[REG_BIT(callable) >> 6] & (UINT64_C(1) << (REG_BIT(callable) & 63))))
        return NULL;
    for (int i = 0; i < nreg; i++)
        if (reg_callable[i] == callable)
            return reg_fn[i];
    return NULL;
}

Value (*pv_cont_iternext(PvType *t))(Value it)
{
    if (t == &pv_map_type)
        return pv_iter_map_next;
    if (t == &pv_filter_type)
        return pv_iter_filter_next;
    if (t == &pv_enumerate_type)
        return pv_iter_enumerate_next;
    if (t == &pv_zip_type)
        return pv_iter_zip_next;
    return NULL;
}

/* ---- draining iterators ---- */

static Value drain_got(PvCont *k, Value v);

static Value drain_end(PvCont *k)
{
    if (pv_err_occurred()) {
        if (!pv_err_matches(&pv_exc_StopIteration))
            return NULL;
        pv_err_clear();
    }
    return ((const PvDrainOps *)k->aux)->done(k);
}

Value pv_cont_drain_more(PvCont *k)
{
    const PvDrainOps *ops = k->aux;
    for (;;) {
        Value v = pv_cont_next_of(k, k->a);
        if (v == PV_REQUEST) {
            k->fn = drain_got;
            return v;
        }
        if (!v)
            return drain_end(k);
        int r = ops->item(k, v);
        if (r)
            return r < 0 ? NULL : PV_REQUEST;
    }
}

static Value drain_got(PvCont *k, Value v)
{
    if (!v)
        return drain_end(k);
    int r = ((const PvDrainOps *)k->aux)->item(k, v);
    if (r)
        return r < 0 ? NULL : PV_REQUEST;
    return pv_cont_drain_more(k);
}

Value pv_cont_drain(PvCont *k, const PvDrainOps *ops)
{
    k->aux = (void *)ops;
    return pv_cont_drain_more(k);
}

static Value drain_iter_got(PvCont *k, Value it)
{
    if (!it)
        return NULL;
    if (!pv_type(it)->iternext)
        return pv_raise(&pv_exc_TypeError, "iter() returned non-iterator of type '%T'", it);
    k->a = it;
    return pv_cont_drain_more(k);
}

Value pv_cont_drain_iterable(PvCont *k, Value iterable, const PvDrainOps *ops)
{
    k->aux = (void *)ops;
    PvType *t = pv_type(iterable);
    if (t->flags & PV_TPFLAG_HEAPTYPE) {
        Value m = pv_type_lookup(t, pv_id___iter__);
        if (m && is_python_call(m)) {
            k->fn = drain_iter_got;
            return pv_cont_call(k, m, &iterable, 1);
        }
    }
    return drain_iter_got(k, pv_iter(iterable));
}

/* ---- list(it), tuple(it), set(it), frozenset(it), dict(it) ---- */

static int append_item(PvCont *k, Value v) { return pv_list_append(k->b, v); }
static int set_item(PvCont *k, Value v) { return pv_set_add(k->b, v); }
static Value done_b(PvCont *k) { return k->b; }
static Value done_tuple(PvCont *k) { return pv_list_as_tuple(k->b); }

static int dict_item(PvCont *k, Value v)
{
    Value seq = pv_is_type(v, &pv_tuple_type) || pv_is_type(v, &pv_list_type) ? v : NULL;
    if (!seq) {
        PvType *t = pv_type(v);
        if (!t->iter && !t->getitem) {
            pv_raise(&pv_exc_TypeError,
                     "cannot convert dictionary update sequence element #%zd to a sequence",
                     k->i);
            return -1;
        }
        if (!(seq = pv_sequence_tuple(v)))
            return -1;
    }
    size_t n = pv_is_type(seq, &pv_list_type) ? pv_list_size(seq) : pv_tuple_size(seq);
    Value *items = pv_is_type(seq, &pv_list_type) ? pv_list_items(seq) : pv_tuple_items(seq);
    if (n != 2) {
        pv_raise(&pv_exc_ValueError,
                 "dictionary update sequence element #%zd has length %zu; 2 is required", k->i,
                 n);
        return -1;
    }
    k->i++;
    return pv_dict_set(k->b, items[0], items[1]);
}

static const PvDrainOps list_ops = {append_item, done_b};
static const PvDrainOps tuple_ops = {append_item, done_tuple};
static const PvDrainOps set_ops = {set_item, done_b};
static const PvDrainOps dict_ops = {dict_item, done_b};

static bool python_iterable(Value v);

bool pv_cont_python_iterable(Value v)
{
    PvType *t = pv_type(v);
    if (!(t->flags & PV_TPFLAG_HEAPTYPE))
        return t == &pv_generator_type || pv_cont_iternext(t);
    Value m = pv_type_lookup(t, pv_id___iter__);
    return m && pv_is_type(m, &pv_function_type);
}

Value pv_cont_extend(Value list, Value iterable)
{
    PvCont *k = pv_cont_new(NULL);
    if (!k)
        return NULL;
    k->b = list;
    return pv_cont_drain_iterable(k, iterable, &list_ops);
}

Value pv_cont_list(Value iterable)
{
    if (!python_iterable(iterable))
        return pv_sequence_list(iterable);
    PvCont *k = pv_cont_new(NULL);
    if (!k || !(k->b = pv_list_new(0)))
        return NULL;
    return pv_cont_drain_iterable(k, iterable, &list_ops);
}

/* Is it worth draining in CPS (Python code gives the items)? */
static bool python_iterable(Value v)
{
    PvType *t = pv_type(v);
    return t == &pv_generator_type || t == &pv_map_type || t == &pv_filter_type ||
           t == &pv_enumerate_type || t == &pv_zip_type || (t->flags & PV_TPFLAG_HEAPTYPE);
}

static Value cps_ctor(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (nargs != 1 || (kwnames && pv_tuple_size(kwnames)) || !python_iterable(args[0]) ||
        (self == (Value)&pv_dict_type && (pv_type(args[0])->flags & PV_TPFLAG_HEAPTYPE)))
        return pv_call(self, args, nargs, kwnames); /* dict(mapping) uses keys() */
    PvCont *k = pv_cont_new(NULL);
    if (!k)
        return NULL;
    const PvDrainOps *ops = &list_ops;
    if (self == (Value)&pv_list_type) {
        k->b = pv_list_new(0);
    } else if (self == (Value)&pv_tuple_type) {
        k->b = pv_list_new(0);
        ops = &tuple_ops;
    } else if (self == (Value)&pv_dict_type) {
        k->b = pv_dict_new();
        ops = &dict_ops;
    } else {
        k->b = self == (Value)&pv_set_type ? pv_set_new(NULL) : pv_frozenset_new(NULL);
        ops = &set_ops;
    }
    if (!k->b)
        return NULL;
    return pv_cont_drain_iterable(k, args[0], ops);
}

/* sep.join(iterable): the items are collected first, as CPython does. */
static Value join_done(PvCont *k)
{
    return pv_str_join(k->c, k->b);
}
static const PvDrainOps join_ops = {append_item, join_done};

static Value cps_join(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (nargs != 2 || (kwnames && pv_tuple_size(kwnames)) || !pv_is_str(args[0]) ||
        !python_iterable(args[1]))
        return pv_call(self, args, nargs, kwnames);
    PvCont *k = pv_cont_new(NULL);
    if (!k || !(k->b = pv_list_new(0)))
        return NULL;
    k->c = args[0];
    return pv_cont_drain_iterable(k, args[1], &join_ops);
}
