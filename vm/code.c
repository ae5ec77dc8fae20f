/* code.c: the code object type. compile.c fills PvCode; code, pos and
 * cell2arg are pv_mem_alloc'd and freed here. */
#include "eval.h"
#include "opcode.h"
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
static Value g_flags(Value s) { return pv_small(C(s)->flags); }
static Value g_varnames(Value s) { return tup(C(s)->varnames); }
static Value g_cellvars(Value s) { return tup(C(s)->cellvars); }
static Value g_freevars(Value s) { return tup(C(s)->freevars); }
static Value g_names(Value s) { return tup(C(s)->names); }
static Value g_consts(Value s) { return tup(C(s)->consts); }
static Value g_code(Value s)
{
    return pv_bytes_new((const char *)C(s)->code, C(s)->ncode * sizeof(uint32_t));
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
    {NULL, NULL, NULL, NULL},
};

static Value pos_val(int32_t v)
{
    return v < 0 ? pv_None : pv_small(v);
}

/* co_positions(): (line, end_line, col, end_col) per instruction word. */
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

/* co_lines(): (start, end, line) byte ranges of co_code with one line. */
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
        Value t = pv_tuple_pack(3, pv_small(start * 4), pv_small(i * 4),
                                pos_val(c->pos[start].line));
        if (!t || pv_list_append(l, t) < 0)
            return NULL;
        start = i;
    }
    return pv_iter(l);
}

static void *dup_mem(const void *src, size_t size)
{
    if (!src)
        return NULL;
    void *p = pv_mem_alloc(size);
    if (p)
        memcpy(p, src, size);
    return p;
}

/* replace(**changes): a copy with some fields changed. The instruction
 * words are copied as they are, so only the fields whose new value keeps
 * the bytecode valid are accepted (names and consts of the same length). */
static Value m_replace(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"co_flags", "co_name", "co_qualname", "co_filename",
                                     "co_firstlineno", "co_consts", "co_names", "co_varnames",
                                     NULL};
    PvCode *c = C(self);
    int flags = c->flags, firstlineno = c->firstlineno;
    Value name = c->name, qualname = c->qualname, filename = c->filename;
    Value consts = tup(c->consts), names = tup(c->names), varnames = tup(c->varnames);
    if (pv_parse_args("replace", args, nargs, kwnames, "|$iUUUiOOO", kw, &flags, &name,
                      &qualname, &filename, &firstlineno, &consts, &names, &varnames) < 0)
        return NULL;
    Value *tups[] = {&consts, &names, &varnames};
    Value olds[] = {tup(c->consts), tup(c->names), tup(c->varnames)};
    for (int i = 0; i < 3; i++) {
        if (!pv_is_type(*tups[i], &pv_tuple_type))
            return pv_raise(&pv_exc_TypeError, "replace() argument must be tuple, not %T",
                            *tups[i]), NULL;
        if (pv_tuple_size(*tups[i]) != pv_tuple_size(olds[i]))
            return pv_raise(&pv_exc_ValueError,
                            "code.replace(): changing the number of %s is not supported",
                            kw[5 + i]), NULL;
    }
    PvCode *n = pv_alloc(&pv_code_type, sizeof(PvCode));
    if (!n)
        return NULL;
    PvObj h = n->h;   /* the GC's header of the new object stays */
    *n = *c;
    n->h = h;
    n->code = NULL;
    n->pos = NULL;
    n->cell2arg = NULL;
    n->extra = NULL;
    n->code = dup_mem(c->code, c->ncode * sizeof(uint32_t));
    n->pos = dup_mem(c->pos, c->ncode * sizeof(PvPos));
    if (c->cell2arg && c->cellvars)
        n->cell2arg = dup_mem(c->cell2arg, pv_tuple_size(c->cellvars) * sizeof(int32_t));
    if ((c->code && !n->code) || (c->pos && !n->pos) || (c->cell2arg && !n->cell2arg))
        return NULL;
    n->flags = flags;
    n->firstlineno = firstlineno;
    n->name = name;
    n->qualname = qualname;
    n->filename = filename;
    n->consts = consts;
    n->names = names;
    n->varnames = varnames;
    return (Value)n;
}

static const PvMethodDef code_methods[] = {
    {"replace", m_replace, 0, NULL},
    {"co_positions", m_positions, 0, NULL},
    {"co_lines", m_lines, 0, NULL},
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
    .getsets = code_getsets,
    .methods = code_methods,
};
