/* code.c: the code object type. compile.c fills PvCode; code, pos and
 * cell2arg are pv_mem_alloc'd and freed here. */
#include "eval.h"
#include "opcode.h"
#include <stdlib.h>
#include <string.h>

#define C(v) ((PvCode *)(v))

static void code_mark(Value self)
{
    PvCode *c = C(self);
    pv_gc_mark(c->consts);
    pv_gc_mark(c->names);
    pv_gc_mark(c->varnames);
    pv_gc_mark(c->cellvars);
    pv_gc_mark(c->freevars);
    pv_gc_mark(c->filename);
    pv_gc_mark(c->name);
    pv_gc_mark(c->qualname);
    pv_gc_mark(c->docstring);
}

static void code_finalize(Value self)
{
    PvCode *c = C(self);
    if (c->code)
        pv_mem_free(c->code, c->ncode * sizeof(uint32_t));
    if (c->pos)
        pv_mem_free(c->pos, c->ncode * sizeof(PvPos));
    if (c->cell2arg && c->cellvars)
        pv_mem_free(c->cell2arg, pv_tuple_size(c->cellvars) * sizeof(int32_t));
    c->code = NULL;
    c->pos = NULL;
    c->cell2arg = NULL;
}

static Value code_repr(Value self)
{
    PvCode *c = C(self);
    return pv_str_printf("<code object %S at %p, file \"%S\", line %d>", c->name, self,
                         c->filename, c->firstlineno);
}

static Value nz(Value v) { return v ? v : pv_None; }
static Value tup(Value v) { return v ? v : pv_empty_tuple; }
static Value g_name(Value s) { return nz(C(s)->name); }
static Value g_qualname(Value s) { return nz(C(s)->qualname); }
static Value g_filename(Value s) { return nz(C(s)->filename); }
static Value g_firstlineno(Value s) { return pv_small(C(s)->firstlineno); }
static Value g_argcount(Value s) { return pv_small(C(s)->argcount); }
static Value g_posonly(Value s) { return pv_small(C(s)->posonlyargcount); }
static Value g_kwonly(Value s) { return pv_small(C(s)->kwonlyargcount); }
static Value g_nlocals(Value s) { return pv_small(C(s)->nlocals); }
static Value g_stacksize(Value s) { return pv_small(C(s)->stacksize); }
/* CO_NOFREE is pyvm-internal (CPython 3.11 has no such flag). */
static Value g_flags(Value s) { return pv_small(C(s)->flags & ~PV_CO_NOFREE); }
static Value g_varnames(Value s) { return tup(C(s)->varnames); }
static Value g_cellvars(Value s) { return tup(C(s)->cellvars); }
static Value g_freevars(Value s) { return tup(C(s)->freevars); }
static Value g_names(Value s) { return tup(C(s)->names); }
static Value g_consts(Value s) { return tup(C(s)->consts); }
/* Instruction words with the inline cache words as the compiler made
 * them (0): eval.c keeps run-time state there. dst may be src. */
void pv_code_clean_words(const uint32_t *src, size_t n, uint32_t *dst)
{
    for (size_t i = 0; i < n; i++) {
        int op = PV_OP(src[i]);
        dst[i] = src[i];
        for (int k = op < OP__COUNT ? pv_cache_words(op) : 0; k > 0 && i + 1 < n; k--)
            dst[++i] = 0;
    }
}

static Value g_code(Value s)
{
    PvCode *c = C(s);
    uint32_t *w = malloc(c->ncode * sizeof(uint32_t) + 4);
    if (!w)
        return pv_nomemory();
    pv_code_clean_words(c->code, c->ncode, w);
    Value b = pv_bytes_new((const char *)w, c->ncode * sizeof(uint32_t));
    free(w);
    return b;
}
/* CPython's line and exception tables describe CPython bytecode: empty. */
static Value g_empty_bytes(Value s)
{
    (void)s;
    return pv_bytes_new("", 0);
}

static const PvGetSetDef code_getsets[] = {
    {"co_name", g_name, NULL, NULL},
    {"co_qualname", g_qualname, NULL, NULL},
    {"co_filename", g_filename, NULL, NULL},
    {"co_firstlineno", g_firstlineno, NULL, NULL},
    {"co_argcount", g_argcount, NULL, NULL},
    {"co_posonlyargcount", g_posonly, NULL, NULL},
    {"co_kwonlyargcount", g_kwonly, NULL, NULL},
    {"co_nlocals", g_nlocals, NULL, NULL},
    {"co_stacksize", g_stacksize, NULL, NULL},
    {"co_flags", g_flags, NULL, NULL},
    {"co_varnames", g_varnames, NULL, NULL},
    {"co_cellvars", g_cellvars, NULL, NULL},
    {"co_freevars", g_freevars, NULL, NULL},
    {"co_names", g_names, NULL, NULL},
    {"co_consts", g_consts, NULL, NULL},
    {"co_code", g_code, NULL, NULL},
    {"co_lnotab", g_empty_bytes, NULL, NULL},
    {"co_linetable", g_empty_bytes, NULL, NULL},
    {"co_exceptiontable", g_empty_bytes, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

static Value pos_val(int32_t v)
{
    return v < 0 ? pv_None : pv_small(v);
}

/* co_positions(): (line, end_line, col, end_col) per instruction word:
 * entry f_lasti // 2 is the position of the frame's instruction. */
static Value m_positions(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("co_positions", nargs, 0, 0) < 0)
        return NULL;
    PvCode *c = C(self);
    Value l = pv_list_new(0);
    if (!l)
        return NULL;
    for (size_t i = 0; c->pos && i < c->ncode; i++) {
        PvPos *p = &c->pos[i];
        Value t = pv_tuple_pack(4, pos_val(p->line), pos_val(p->end_line), pos_val(p->col),
                                pos_val(p->end_col));
        if (!t || pv_list_append(l, t) < 0)
            return NULL;
    }
    return pv_iter(l);
}

/* co_lines(): (start, end, line) ranges with one line, in the units of
 * f_lasti and tb_lasti (2 per instruction word, as CPython's 2-byte code
 * units), so that CPython code relating them works. */
static Value m_lines(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_nargs("co_lines", nargs, 0, 0) < 0)
        return NULL;
    PvCode *c = C(self);
    Value l = pv_list_new(0);
    if (!l)
        return NULL;
    size_t start = 0;
    for (size_t i = 1; c->pos && i <= c->ncode; i++) {
        if (i < c->ncode && c->pos[i].line == c->pos[start].line)
            continue;
        Value t = pv_tuple_pack(3, pv_small(start * 2), pv_small(i * 2),
                                pos_val(c->pos[start].line));
        if (!t || pv_list_append(l, t) < 0)
            return NULL;
        start = i;
    }
    return pv_iter(l);
}

/* Every instruction's argument indexes what it names, and the parameters
 * fit in the locals: code from marshal data or code.replace() must not make
 * eval.c read out of bounds. */
bool pv_code_valid(Value code)
{
    PvCode *c = C(code);
    size_t nconst = pv_tuple_size(c->consts), nname = pv_tuple_size(c->names);
    size_t nderef = pv_tuple_size(c->cellvars) + pv_tuple_size(c->freevars);
    size_t nparams = (size_t)c->argcount + (size_t)c->kwonlyargcount +
                     !!(c->flags & PV_CO_VARARGS) + !!(c->flags & PV_CO_VARKEYWORDS);
    if (c->argcount < 0 || c->kwonlyargcount < 0 || c->posonlyargcount < 0 ||
        c->posonlyargcount > c->argcount || c->nlocals < 0 ||
        (size_t)c->nlocals != pv_tuple_size(c->varnames) || nparams > (size_t)c->nlocals ||
        c->stacksize < 0 || c->blocksize < 0)
        return false;
    for (size_t i = 0; i < c->ncode; i++) {
        uint32_t w = c->code[i];
        int op = PV_OP(w);
        size_t arg = PV_ARG(w);
        if (op >= OP__COUNT)
            return false;
        switch (op) {
        case OP_LOAD_CONST:
            if (arg >= nconst)
                return false;
            break;
        case OP_LOAD_NAME: case OP_STORE_NAME: case OP_DELETE_NAME:
        case OP_LOAD_GLOBAL: case OP_STORE_GLOBAL: case OP_DELETE_GLOBAL:
        case OP_LOAD_ATTR: case OP_STORE_ATTR: case OP_DELETE_ATTR:
        case OP_LOAD_METHOD: case OP_IMPORT_NAME: case OP_IMPORT_FROM:
            if (arg >= nname)
                return false;
            break;
        case OP_LOAD_FAST: case OP_STORE_FAST: case OP_DELETE_FAST:
            if (arg >= (size_t)c->nlocals)
                return false;
            break;
        case OP_LOAD_DEREF: case OP_STORE_DEREF: case OP_DELETE_DEREF:
        case OP_LOAD_CLOSURE: case OP_LOAD_CLASSDEREF:
            if (arg >= nderef)
                return false;
            break;
        case OP_JUMP_FORWARD: case OP_JUMP_ABSOLUTE: case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE: case OP_JUMP_IF_FALSE_OR_POP: case OP_JUMP_IF_TRUE_OR_POP:
        case OP_FOR_ITER: case OP_SETUP_FINALLY: case OP_SETUP_WITH:
        case OP_JUMP_IF_NOT_EXC_MATCH: case OP_SETUP_ASYNC_WITH:
            if (arg > c->ncode)
                return false;
            break;
        }
        i += (size_t)pv_cache_words(op);
    }
    return true;
}

/* A copy of c with its own instruction, position and cell2arg arrays
 * (code_finalize frees them per object); eval.c's extra is not shared. */
static PvCode *code_copy(PvCode *o)
{
    PvCode *c = pv_alloc(&pv_code_type, sizeof(PvCode));
    if (!c)
        return NULL;
    memcpy((char *)c + sizeof(PvObj), (char *)o + sizeof(PvObj), sizeof(PvCode) - sizeof(PvObj));
    c->code = NULL;
    c->pos = NULL;
    c->cell2arg = NULL;
    c->extra = NULL;
    size_t n = o->ncode;
    c->code = pv_mem_alloc(n * sizeof(uint32_t) + 4);
    if (!c->code)
        return NULL;
    pv_code_clean_words(o->code, n, c->code);  /* fresh inline caches */
    if (o->pos) {
        if (!(c->pos = pv_mem_alloc(n * sizeof(PvPos) + sizeof(PvPos))))
            return NULL;
        memcpy(c->pos, o->pos, n * sizeof(PvPos));
    }
    size_t ncell = o->cellvars ? pv_tuple_size(o->cellvars) : 0;
    if (o->cell2arg && ncell) {
        if (!(c->cell2arg = pv_mem_alloc(ncell * sizeof(int32_t))))
            return NULL;
        memcpy(c->cell2arg, o->cell2arg, ncell * sizeof(int32_t));
    }
    return c;
}

static const char *const replace_kw[] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
    "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
    "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
    "co_exceptiontable", NULL};
enum { R_ARGC, R_POSONLY, R_KWONLY, R_NLOCALS, R_STACK, R_FLAGS, R_FIRSTLINE, R_CODE,
       R_CONSTS, R_NAMES, R_VARNAMES, R_FREEVARS, R_CELLVARS, R_FILENAME, R_NAME,
       R_QUALNAME, R_LINETABLE, R_EXCTABLE, R_COUNT };

static Value replace_type_error(int i, const char *want, Value v)
{
    if (v == pv_None)   /* as CPython's argument clinic */
        return pv_raise(&pv_exc_TypeError, "replace() argument '%s' must be %s, not None",
                        replace_kw[i], want);
    return pv_raise(&pv_exc_TypeError, "replace() argument '%s' must be %s, not %T",
                    replace_kw[i], want, v);
}

static int replace_int(Value *a, int i, int *field)
{
    if (!a[i])
        return 0;
    if (!pv_is_int(a[i])) {
        pv_raise(&pv_exc_TypeError, "'%T' object cannot be interpreted as an integer", a[i]);
        return -1;
    }
    int64_t v;
    if (pv_int_to_i64(a[i], &v) < 0)
        return -1;
    if (v < (i == R_FIRSTLINE || i == R_FLAGS ? INT32_MIN : 0) || v > INT32_MAX) {
        pv_raise(&pv_exc_ValueError, "%s must be a non-negative int", replace_kw[i]);
        return -1;
    }
    *field = (int)v;
    return 0;
}

/* A str tuple argument; `same` (a tuple or NULL): its length is required. */
static int replace_names(Value *a, int i, Value *field, Value same)
{
    if (!a[i])
        return 0;
    if (!pv_is_type(a[i], &pv_tuple_type)) {
        replace_type_error(i, "tuple", a[i]);
        return -1;
    }
    for (size_t k = 0; k < pv_tuple_size(a[i]); k++)
        if (!pv_is_type(pv_tuple_items(a[i])[k], &pv_str_type)) {
            pv_raise(&pv_exc_TypeError, "name tuples must contain only strings, not '%T'",
                     pv_tuple_items(a[i])[k]);
            return -1;
        }
    if (same && pv_tuple_size(a[i]) != pv_tuple_size(same)) {
        pv_raise(&pv_exc_ValueError, "%s: pyvm code cannot change its number of cells",
                 replace_kw[i]);
        return -1;
    }
    *field = a[i];
    return 0;
}

static int replace_str(Value *a, int i, Value *field)
{
    if (!a[i])
        return 0;
    if (!pv_is_type(a[i], &pv_str_type)) {
        replace_type_error(i, "str", a[i]);
        return -1;
    }
    *field = a[i];
    return 0;
}

/* code.replace(**kwargs). pyvm's bytecode is its own, so co_code can only
 * be "replaced" by itself, the kind of code (generator, coroutine, async
 * generator) cannot change, and CPython's line/exception tables are
 * accepted and ignored; everything else is checked by pv_code_valid. */
static Value m_replace(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value a[R_COUNT] = {NULL};
    if (nargs)
        return pv_raise(&pv_exc_TypeError, "replace() takes no positional arguments");
    for (size_t k = 0; kwnames && k < pv_tuple_size(kwnames); k++) {
        Value name = pv_tuple_items(kwnames)[k];
        int i = 0;
        while (i < R_COUNT && !pv_str_eq_cstr(name, replace_kw[i]))
            i++;
        if (i == R_COUNT)
            return pv_raise(&pv_exc_TypeError, "'%S' is an invalid keyword argument for replace()",
                            name);
        a[i] = args[k];
    }
    PvCode *o = C(self);
    PvCode *c = code_copy(o);
    if (!c)
        return NULL;
    int nlocals = -1, stacksize = c->stacksize, flags = c->flags & ~PV_CO_NOFREE;
    if (replace_int(a, R_ARGC, &c->argcount) < 0 ||
        replace_int(a, R_POSONLY, &c->posonlyargcount) < 0 ||
        replace_int(a, R_KWONLY, &c->kwonlyargcount) < 0 ||
        replace_int(a, R_NLOCALS, &nlocals) < 0 || replace_int(a, R_STACK, &stacksize) < 0 ||
        replace_int(a, R_FLAGS, &flags) < 0 || replace_int(a, R_FIRSTLINE, &c->firstlineno) < 0 ||
        replace_names(a, R_NAMES, &c->names, NULL) < 0 ||
        replace_names(a, R_VARNAMES, &c->varnames, NULL) < 0 ||
        replace_names(a, R_FREEVARS, &c->freevars, o->freevars) < 0 ||
        replace_names(a, R_CELLVARS, &c->cellvars, o->cellvars) < 0 ||
        replace_str(a, R_FILENAME, &c->filename) < 0 || replace_str(a, R_NAME, &c->name) < 0 ||
        replace_str(a, R_QUALNAME, &c->qualname) < 0)
        return NULL;
    if (a[R_CONSTS]) {
        if (!pv_is_type(a[R_CONSTS], &pv_tuple_type))
            return replace_type_error(R_CONSTS, "tuple", a[R_CONSTS]);
        c->consts = a[R_CONSTS];
    }
    static const int bytes_args[] = {R_CODE, R_LINETABLE, R_EXCTABLE};
    for (size_t k = 0; k < 3; k++) {
        int i = bytes_args[k];
        if (a[i] && !pv_is_type(a[i], &pv_bytes_type))
            return replace_type_error(i, "bytes", a[i]);
    }
    if (a[R_CODE]) {
        Value cur = g_code(self);
        if (!cur)
            return NULL;
        int eq = pv_eq(cur, a[R_CODE]);
        if (eq < 0)
            return NULL;
        if (!eq)
            return pv_raise(&pv_exc_ValueError, "pyvm code objects cannot take new co_code");
    }
    c->nlocals = (int)pv_tuple_size(c->varnames);
    if (nlocals >= 0 && nlocals != c->nlocals)
        return pv_raise(&pv_exc_ValueError, "code: co_nlocals != len(co_varnames)");
    /* raising the stack size is harmless, lowering it is not */
    if (stacksize > c->stacksize)
        c->stacksize = stacksize;
    int kind = PV_CO_GENERATOR | PV_CO_COROUTINE | PV_CO_ASYNC_GENERATOR;
    if ((flags & kind) != (o->flags & kind))
        return pv_raise(&pv_exc_ValueError,
                        "pyvm code objects cannot change between function, generator and "
                        "coroutine");
    c->flags = (flags & ~PV_CO_NOFREE) | (o->flags & PV_CO_NOFREE);
    if (!pv_code_valid((Value)c))
        return pv_raise(&pv_exc_ValueError, "code: replace() arguments do not fit the code");
    return (Value)c;
}

/* code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,
 * flags, codestring, constants, names, varnames, filename, name, qualname,
 * firstlineno, linetable, exceptiontable, freevars=(), cellvars=()):
 * codestring is pyvm's (a co_code), checked by pv_code_valid; the block
 * stack gets an upper bound (2 per SETUP_* + 2), lines the first line. */
static Value code_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    (void)type;
    if (pv_check_no_kwargs("code", kwnames) < 0)
        return NULL;
    if (nargs < 16 || nargs > 18)
        return pv_raise(&pv_exc_TypeError, "code expected %s %d arguments, got %zu",
                        nargs < 16 ? "at least" : "at most", nargs < 16 ? 16 : 18, nargs);
    static const char want[] = "iiiiiiBTTTSSSiBBTT";
    int ints[7] = {0};
    for (size_t i = 0, ni = 0; i < nargs; i++) {
        Value v = args[i];
        char w = want[i];
        if (w == 'i') {
            int64_t x;
            if (!pv_is_int(v))
                return pv_raise(&pv_exc_TypeError,
                                "'%T' object cannot be interpreted as an integer", v);
            if (pv_int_to_i64(v, &x) < 0)
                return NULL;
            if (x < (i == 5 || i == 13 ? INT32_MIN : 0) || x > INT32_MAX)
                return pv_raise(&pv_exc_ValueError, "code: argument %zu out of range", i + 1);
            ints[ni++] = (int)x;
            continue;
        }
        PvType *t = w == 'B' ? &pv_bytes_type : w == 'T' ? &pv_tuple_type : &pv_str_type;
        if (!pv_is_type(v, t))
            return pv_raise(&pv_exc_TypeError, "code() argument %zu must be %s, not %T", i + 1,
                            w == 'B' ? "bytes" : w == 'T' ? "tuple" : "str", v);
    }
    size_t nb = pv_bytes_size(args[6]);
    if (nb == 0 || nb % 4)
        return pv_raise(&pv_exc_ValueError, "code: codestring is not pyvm bytecode");
    Value names[] = {args[8], args[9], nargs > 16 ? args[16] : pv_empty_tuple,
                     nargs > 17 ? args[17] : pv_empty_tuple};
    for (size_t k = 0; k < 4; k++)
        for (size_t i = 0; i < pv_tuple_size(names[k]); i++)
            if (!pv_is_type(pv_tuple_items(names[k])[i], &pv_str_type))
                return pv_raise(&pv_exc_TypeError,
                                "name tuples must contain only strings, not '%T'",
                                pv_tuple_items(names[k])[i]);
    PvCode *c = pv_alloc(&pv_code_type, sizeof(PvCode));
    if (!c)
        return NULL;
    size_t n = nb / 4;
    c->code = pv_mem_alloc(n * sizeof(uint32_t) + 4);
    c->pos = pv_mem_alloc(n * sizeof(PvPos) + sizeof(PvPos));
    if (!c->code || !c->pos)
        return NULL;
    c->ncode = n;
    memcpy(c->code, pv_bytes_data(args[6]), nb);
    pv_code_clean_words(c->code, n, c->code);
    int nsetup = 0;
    for (size_t i = 0; i < n; i++) {
        int op = PV_OP(c->code[i]);
        nsetup += op == OP_SETUP_FINALLY || op == OP_SETUP_WITH || op == OP_SETUP_ASYNC_WITH;
        i += op < OP__COUNT ? (size_t)pv_cache_words(op) : 0;
    }
    c->argcount = ints[0];
    c->posonlyargcount = ints[1];
    c->kwonlyargcount = ints[2];
    c->nlocals = ints[3];
    c->stacksize = ints[4];
    c->flags = ints[5];
    c->firstlineno = ints[6];
    c->blocksize = 2 * nsetup + 2;
    for (size_t i = 0; i < n; i++)
        c->pos[i] = (PvPos){c->firstlineno, c->firstlineno, -1, -1};
    c->consts = args[7];
    c->names = args[8];
    c->varnames = args[9];
    c->filename = args[10];
    c->name = args[11];
    c->qualname = args[12];
    c->freevars = names[2];
    c->cellvars = names[3];
    c->docstring = pv_tuple_size(c->consts) && pv_is_type(pv_tuple_items(c->consts)[0], &pv_str_type)
                       ? pv_tuple_items(c->consts)[0] : pv_None;
    if (!pv_tuple_size(c->cellvars) && !pv_tuple_size(c->freevars))
        c->flags |= PV_CO_NOFREE;
    if ((size_t)c->nlocals != pv_tuple_size(c->varnames))
        return pv_raise(&pv_exc_ValueError, "code: co_nlocals != len(co_varnames)");
    if (!pv_code_valid((Value)c))
        return pv_raise(&pv_exc_ValueError, "code: arguments do not fit the codestring");
    /* cells that start from a parameter, as compile.c decides */
    size_t ncell = pv_tuple_size(c->cellvars);
    size_t nparams = (size_t)c->argcount + (size_t)c->kwonlyargcount +
                     !!(c->flags & PV_CO_VARARGS) + !!(c->flags & PV_CO_VARKEYWORDS);
    for (size_t i = 0; i < ncell; i++)
        for (size_t k = 0; k < nparams; k++)
            if (pv_str_eq(pv_tuple_items(c->cellvars)[i], pv_tuple_items(c->varnames)[k])) {
                if (!c->cell2arg) {
                    if (!(c->cell2arg = pv_mem_alloc(ncell * sizeof(int32_t))))
                        return NULL;
                    for (size_t j = 0; j < ncell; j++)
                        c->cell2arg[j] = -1;
                }
                c->cell2arg[i] = (int32_t)k;
                break;
            }
    return (Value)c;
}

/* == as CPython's: the code itself (not filename, qualname or lines). */
static Value code_richcompare(Value a, Value b, int op)
{
    if ((op != PV_EQ && op != PV_NE) || !pv_is_type(b, &pv_code_type))
        return pv_NotImplemented;
    PvCode *x = C(a), *y = C(b);
    bool eq = a == b;
    if (!eq && x->argcount == y->argcount && x->posonlyargcount == y->posonlyargcount &&
        x->kwonlyargcount == y->kwonlyargcount && x->flags == y->flags &&
        x->firstlineno == y->firstlineno && x->ncode == y->ncode &&
        pv_str_eq(x->name, y->name)) {
        eq = true;
        for (size_t i = 0; i < x->ncode && eq; i++) {
            eq = x->code[i] == y->code[i];
            i += (size_t)pv_cache_words(PV_OP(x->code[i]));
        }
        Value xs[] = {x->consts, x->names, x->varnames, x->cellvars, x->freevars};
        Value ys[] = {y->consts, y->names, y->varnames, y->cellvars, y->freevars};
        for (size_t i = 0; i < 5 && eq; i++) {
            int r = pv_eq(tup(xs[i]), tup(ys[i]));
            if (r < 0)
                return NULL;
            eq = r;
        }
    }
    return pv_bool(op == PV_EQ ? eq : !eq);
}

static int64_t code_hash(Value self)
{
    PvCode *c = C(self);
    uint64_t h = (uint64_t)pv_str_hash(c->name);
    int f[] = {c->argcount, c->posonlyargcount, c->kwonlyargcount, c->flags, c->firstlineno,
               (int)c->ncode};
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
        h = (h ^ (uint64_t)f[i]) * 1000003u;
    for (size_t i = 0; i < c->ncode; i++) {
        h = (h ^ c->code[i]) * 1000003u;
        i += (size_t)pv_cache_words(PV_OP(c->code[i]));
    }
    int64_t r = (int64_t)(h >> 1);
    return r == -1 ? -2 : r;
}

static const PvMethodDef code_methods[] = {
    {"co_positions", m_positions, 0, NULL},
    {"co_lines", m_lines, 0, NULL},
    {"replace", m_replace, 0, "Return a copy of the code object with new values for the specified fields."},
    {NULL, NULL, 0, NULL},
};

/* co_lines()-like helper for tracebacks: the line of word `lasti`. */
int pv_code_addr2line(Value code, int lasti)
{
    PvCode *c = C(code);
    if (!c->pos || lasti < 0 || (size_t)lasti >= c->ncode)
        return c->firstlineno;
    return c->pos[lasti].line;
}

PvType pv_code_type = {
    .name = "code",
    .basicsize = sizeof(PvCode),
    .mark = code_mark,
    .finalize = code_finalize,
    .repr = code_repr,
    .new_ = code_new,
    .richcompare = code_richcompare,
    .hash = code_hash,
    .getsets = code_getsets,
    .methods = code_methods,
};
