/* compile_expr.c: expressions, assignment targets, conditional jumps,
 * calls, displays and f-strings. */
#include "compile.h"
#include "lex.h"

#include <string.h>

Value c_const_value(Compiler *C, PvNode *n)
{
    if (n->kind == E_CONST)
        return PV_CONST(C->ast, n);
    if (n->kind == E_NAME && pv_str_eq_cstr(n->id, "__debug__"))
        return pv_True;
    if (n->kind == E_UNARY && n->op == PV_UNARY_NEG && n->a->kind == E_CONST) {
        Value v = PV_CONST(C->ast, n->a);
        PvType *t = pv_type(v);
        if (t == &pv_int_type || t == &pv_float_type || t == &pv_complex_type) {
            Value r = pv_unaryop(v, PV_UNARY_NEG);
            if (!r)
                c_fail(C);
            return c_keep(C, r);
        }
    }
    return NULL;
}

void c_annotation(Compiler *C, PvNode *ann)
{
    if (!C->future_annotations) {
        if (ann->kind == E_STARRED) { /* *args: *Ts */
            c_expr(C, ann->a);
            c_emit(C, OP_UNPACK_SEQUENCE, 1);
            return;
        }
        c_expr(C, ann);
        return;
    }
    /* from __future__ import annotations: the source text */
    PvBuf b;
    pv_buf_init(&b);
    for (int l = ann->line; l <= ann->end_line; l++) {
        size_t n;
        const char *s = pv_source_line(C->ast->src, C->ast->size, l, &n);
        size_t from = l == ann->line ? (size_t)ann->col : 0;
        size_t to = l == ann->end_line ? (size_t)ann->end_col : n;
        if (to > n)
            to = n;
        if (from < to)
            pv_buf_append(&b, s + from, to - from);
    }
    Value v = pv_buf_finish_str(&b);
    if (!v)
        c_fail(C);
    c_load_const(C, c_keep(C, v));
}

static void cmp_op(Compiler *C, int op)
{
    switch (op) {
    case CMP_IS: c_emit(C, OP_IS_OP, 0); break;
    case CMP_ISNOT: c_emit(C, OP_IS_OP, 1); break;
    case CMP_IN: c_emit(C, OP_CONTAINS_OP, 0); break;
    case CMP_NOTIN: c_emit(C, OP_CONTAINS_OP, 1); break;
    default: c_emit(C, OP_COMPARE_OP, op); break;
    }
}

/* CPython's SyntaxWarning for "x is 1": written to sys.stderr as the
 * default warning filter shows it (no warnings module needed). */
/* Would CPython's AST optimizer fold e into a constant? */
static bool foldable(PvNode *e)
{
    switch (e->kind) {
    case E_CONST: return true;
    case E_UNARY: return e->op != PV_UNARY_NOT && foldable(e->a);
    case E_BINOP: return foldable(e->a) && foldable(e->b);
    case E_TUPLE:
        for (int i = 0; i < e->l1.n; i++)
            if (!foldable(e->l1.items[i]))
                return false;
        return true;
    default: return false;
    }
}

static bool is_literal(Compiler *C, PvNode *e)
{
    if (e->kind == E_CONST) {
        Value v = PV_CONST(C->ast, e);
        return v != pv_None && v != pv_True && v != pv_False && v != pv_Ellipsis;
    }
    return foldable(e);
}

static void warn_is_literal(Compiler *C, PvNode *n, int op)
{
    Value err = pv_sys_get("stderr");
    if (!err) {
        pv_err_clear();
        return;
    }
    const char *fn = pv_str_data(C->ast->filename);
    PvBuf b;
    pv_buf_init(&b);
    pv_buf_printf(&b, "%s:%d: SyntaxWarning: \"%s\" with a literal. Did you mean \"%s\"?\n", fn,
                  n->line, op == CMP_IS ? "is" : "is not", op == CMP_IS ? "==" : "!=");
    if (fn[0] != '<') {
        size_t len;
        const char *s = pv_source_line(C->ast->src, C->ast->size, n->line, &len);
        while (len && (*s == ' ' || *s == '\t' || *s == '\f')) {
            s++;
            len--;
        }
        while (len && (s[len - 1] == '\n' || s[len - 1] == '\r' || s[len - 1] == ' '))
            len--;
        pv_buf_append(&b, "  ", 2);
        pv_buf_append(&b, s, len);
        pv_buf_append(&b, "\n", 1);
    }
    if (pv_file_write_cstr(err, b.data, b.size) < 0)
        pv_err_clear();
    pv_buf_free(&b);
}

static void check_is(Compiler *C, PvNode *n)
{
    PvNode *left = n->a;
    for (int i = 0; i < n->l1.n; i++) {
        PvNode *right = n->l1.items[i];
        int op = n->ops[i];
        if ((op == CMP_IS || op == CMP_ISNOT) && (is_literal(C, left) || is_literal(C, right))) {
            warn_is_literal(C, n, op);
            return; /* one warning per comparison */
        }
        left = right;
    }
}

static void c_compare(Compiler *C, PvNode *n)
{
    check_is(C, n);
    c_expr(C, n->a);
    int k = n->l1.n;
    if (k == 1) {
        c_expr(C, n->l1.items[0]);
        cmp_op(C, n->ops[0]);
        return;
    }
    int cleanup = c_new_label(C), end = c_new_label(C);
    for (int i = 0; i < k - 1; i++) {
        c_expr(C, n->l1.items[i]);
        c_emit(C, OP_DUP_TOP, 0);
        c_emit(C, OP_ROT_THREE, 0);
        cmp_op(C, n->ops[i]);
        c_jump(C, OP_JUMP_IF_FALSE_OR_POP, cleanup);
    }
    c_expr(C, n->l1.items[k - 1]);
    cmp_op(C, n->ops[k - 1]);
    c_jump(C, OP_JUMP_FORWARD, end);
    c_bind(C, cleanup);
    c_emit(C, OP_ROT_TWO, 0);
    c_emit(C, OP_POP_TOP, 0);
    c_bind(C, end);
}

void c_jump_if(Compiler *C, PvNode *n, bool cond, int label)
{
    if (n->kind == E_UNARY && n->op == PV_UNARY_NOT) {
        c_jump_if(C, n->a, !cond, label);
        return;
    }
    if (n->kind == E_BOOLOP) {
        bool is_or = n->op == 1;
        int cnt = n->l1.n;
        if (is_or == cond) {
            /* (a or b) true -> any true jumps; (a and b) false -> any false jumps */
            for (int i = 0; i < cnt; i++)
                c_jump_if(C, n->l1.items[i], cond, label);
        } else {
            int next = c_new_label(C);
            for (int i = 0; i < cnt - 1; i++)
                c_jump_if(C, n->l1.items[i], !cond, next);
            c_jump_if(C, n->l1.items[cnt - 1], cond, label);
            c_bind(C, next);
        }
        return;
    }
    c_expr(C, n);
    PvPos old = c_set_pos(C, n);
    c_jump(C, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, label);
    C->u->cur = old;
}

static bool all_const(Compiler *C, PvNodeList *l)
{
    for (int i = 0; i < l->n; i++) {
        PvNode *e = l->items[i];
        if (e->kind != E_CONST && !(e->kind == E_UNARY && c_const_value(C, e)))
            return false;
    }
    return l->n > 0;
}

static void c_sequence(Compiler *C, PvNode *n)
{
    int kind = n->kind;
    PvNodeList *l = &n->l1;
    int nstar = 0;
    for (int i = 0; i < l->n; i++)
        nstar += l->items[i]->kind == E_STARRED;
    if (kind == E_TUPLE && !nstar && all_const(C, l)) {
        Value t = pv_tuple_new((size_t)l->n);
        if (!t)
            c_fail(C);
        for (int i = 0; i < l->n; i++)
            pv_tuple_items(t)[i] = c_const_value(C, l->items[i]);
        c_load_const(C, c_keep(C, t));
        return;
    }
    if (kind == E_SET && !nstar && l->n > 2 && all_const(C, l)) {
        /* As CPython: BUILD_SET 0; LOAD_CONST frozenset; SET_UPDATE 1. The
         * frozenset's table decides the display's iteration order. */
        Value t = pv_tuple_new((size_t)l->n);
        if (!t)
            c_fail(C);
        for (int i = 0; i < l->n; i++)
            pv_tuple_items(t)[i] = c_const_value(C, l->items[i]);
        Value f = pv_set_display_const(t);
        if (f) {
            c_emit(C, OP_BUILD_SET, 0);
            c_load_const(C, c_keep(C, f));
            c_emit(C, OP_SET_UPDATE, 1);
            return;
        }
        pv_err_clear(); /* unhashable constant: the display raises at run time */
    }
    int build = kind == E_SET ? OP_BUILD_SET : kind == E_LIST ? OP_BUILD_LIST : OP_BUILD_TUPLE;
    if (!nstar) {
        for (int i = 0; i < l->n; i++)
            c_expr(C, l->items[i]);
        c_emit(C, build, l->n);
        return;
    }
    int i = 0;
    while (i < l->n && l->items[i]->kind != E_STARRED)
        c_expr(C, l->items[i++]);
    c_emit(C, kind == E_SET ? OP_BUILD_SET : OP_BUILD_LIST, i);
    for (; i < l->n; i++) {
        PvNode *e = l->items[i];
        if (e->kind == E_STARRED) {
            c_expr(C, e->a);
            c_emit(C, kind == E_SET ? OP_SET_UPDATE : OP_LIST_EXTEND, 1);
        } else {
            c_expr(C, e);
            c_emit(C, kind == E_SET ? OP_SET_ADD : OP_LIST_APPEND, 1);
        }
    }
    if (kind == E_TUPLE)
        c_emit(C, OP_LIST_TO_TUPLE, 0);
}

static void c_dict(Compiler *C, PvNode *n)
{
    int elements = 0;
    bool have = false;
    for (int i = 0; i < n->l1.n; i++) {
        PvNode *k = n->l1.items[i], *v = n->l2.items[i];
        if (!k) {
            if (elements) {
                c_emit(C, OP_BUILD_MAP, elements);
                if (have)
                    c_emit(C, OP_DICT_UPDATE, 1);
                have = true;
                elements = 0;
            }
            if (!have) {
                c_emit(C, OP_BUILD_MAP, 0);
                have = true;
            }
            c_expr(C, v);
            c_emit(C, OP_DICT_UPDATE, 1);
        } else {
            c_expr(C, k);
            c_expr(C, v);
            elements++;
        }
    }
    if (elements || !have) {
        c_emit(C, OP_BUILD_MAP, elements);
        if (have)
            c_emit(C, OP_DICT_UPDATE, 1);
    }
}

static PvNode *call_node;   /* for "cannot assign to __debug__" (CPython points at the call) */

static void check_kwargs(Compiler *C, PvNodeList *kws)
{
    for (int i = 0; i < kws->n; i++) {
        Value a = kws->items[i]->id;
        if (!a)
            continue;
        if (pv_str_eq_cstr(a, "__debug__"))
            c_error(C, call_node ? call_node : kws->items[i], "cannot assign to __debug__");
        for (int j = i + 1; j < kws->n; j++)
            if (kws->items[j]->id == a)
                c_error(C, kws->items[j], "keyword argument repeated: %s", pv_str_data(a));
    }
}

static Value kwnames(Compiler *C, PvNodeList *kws)
{
    Value t = pv_tuple_new((size_t)kws->n);
    if (!t)
        c_fail(C);
    for (int i = 0; i < kws->n; i++)
        pv_tuple_items(t)[i] = kws->items[i]->id;
    return c_keep(C, t);
}

void c_call_helper(Compiler *C, int nprefix, PvNodeList *args, PvNodeList *kws)
{
    check_kwargs(C, kws);
    bool ex = false;
    for (int i = 0; i < args->n; i++)
        ex |= args->items[i]->kind == E_STARRED;
    for (int i = 0; i < kws->n; i++)
        ex |= !kws->items[i]->id;
    if (!ex) {
        for (int i = 0; i < args->n; i++)
            c_expr(C, args->items[i]);
        if (kws->n) {
            for (int i = 0; i < kws->n; i++)
                c_expr(C, kws->items[i]->a);
            c_load_const(C, kwnames(C, kws));
            c_emit(C, OP_CALL_FUNCTION_KW, nprefix + args->n + kws->n);
        } else {
            c_emit(C, OP_CALL_FUNCTION, nprefix + args->n);
        }
        return;
    }
    /* f(*a, **k): positional arguments as one tuple, keywords as one dict */
    c_emit(C, OP_BUILD_LIST, nprefix);
    for (int i = 0; i < args->n; i++) {
        PvNode *e = args->items[i];
        if (e->kind == E_STARRED) {
            c_expr(C, e->a);
            c_emit(C, OP_LIST_EXTEND, 1);
        } else {
            c_expr(C, e);
            c_emit(C, OP_LIST_APPEND, 1);
        }
    }
    c_emit(C, OP_LIST_TO_TUPLE, 0);
    if (kws->n) {
        c_emit(C, OP_BUILD_MAP, 0);
        int i = 0;
        while (i < kws->n) {
            if (!kws->items[i]->id) {
                c_expr(C, kws->items[i]->a);
                c_emit(C, OP_DICT_MERGE, 1);
                i++;
                continue;
            }
            int k = 0;
            while (i < kws->n && kws->items[i]->id) {
                c_load_const(C, kws->items[i]->id);
                c_expr(C, kws->items[i]->a);
                i++;
                k++;
            }
            c_emit(C, OP_BUILD_MAP, k);
            c_emit(C, OP_DICT_MERGE, 1);
        }
    }
    c_emit(C, OP_CALL_FUNCTION_EX, kws->n ? 1 : 0);
}

static void c_call(Compiler *C, PvNode *n)
{
    PvNode *f = n->a;
    call_node = n;  /* reset below before anything else compiles */
    bool simple = true;
    for (int i = 0; i < n->l1.n; i++)
        simple &= n->l1.items[i]->kind != E_STARRED;
    for (int i = 0; i < n->l2.n; i++)
        simple &= n->l2.items[i]->id != NULL;
    if (f->kind == E_ATTR && simple) {
        check_kwargs(C, &n->l2);
        call_node = NULL;
        c_expr(C, f->a);
        PvPos old = c_set_pos(C, f);
        c_emit(C, OP_LOAD_METHOD, c_name_index(C, f->id));
        C->u->cur = old;
        for (int i = 0; i < n->l1.n; i++)
            c_expr(C, n->l1.items[i]);
        for (int i = 0; i < n->l2.n; i++)
            c_expr(C, n->l2.items[i]->a);
        if (n->l2.n) {
            c_load_const(C, kwnames(C, &n->l2));
            c_emit(C, OP_CALL_METHOD_KW, n->l1.n + n->l2.n);
        } else {
            c_emit(C, OP_CALL_METHOD, n->l1.n);
        }
        return;
    }
    c_expr(C, f);
    call_node = n;
    c_call_helper(C, 0, &n->l1, &n->l2);
    call_node = NULL;
}

static void c_slice(Compiler *C, PvNode *s)
{
    if (s->a) c_expr(C, s->a); else c_load_const(C, pv_None);
    if (s->b) c_expr(C, s->b); else c_load_const(C, pv_None);
    if (s->c) {
        c_expr(C, s->c);
        c_emit(C, OP_BUILD_SLICE, 3);
    } else {
        c_emit(C, OP_BUILD_SLICE, 2);
    }
}

static void c_index(Compiler *C, PvNode *b)
{
    if (b->kind == E_SLICE)
        c_slice(C, b);
    else
        c_expr(C, b);
}

static void c_joined(Compiler *C, PvNode *n);

static void c_formatted(Compiler *C, PvNode *f)
{
    c_expr(C, f->a);
    int flags = f->op == 's' ? 1 : f->op == 'r' ? 2 : f->op == 'a' ? 3 : 0;
    if (f->b) {
        c_joined(C, f->b);
        flags |= 4;
    }
    c_emit(C, OP_FORMAT_VALUE, flags);
}

static void c_joined(Compiler *C, PvNode *n)
{
    int k = n->l1.n;
    if (k == 0) {
        c_load_const(C, c_str(C, ""));
        return;
    }
    for (int i = 0; i < k; i++) {
        PvNode *p = n->l1.items[i];
        if (p->kind == E_CONST)
            c_load_const(C, PV_CONST(C->ast, p));
        else
            c_formatted(C, p);
    }
    if (k > 1)
        c_emit(C, OP_BUILD_STRING, k);
}

void c_expr(Compiler *C, PvNode *n)
{
    PvPos old = c_set_pos(C, n);
    switch (n->kind) {
    case E_CONST:
        c_load_const(C, PV_CONST(C->ast, n));
        break;
    case E_NAME:
        if (pv_str_eq_cstr(n->id, "__debug__"))
            c_load_const(C, pv_True);
        else
            c_name_op(C, n->id, CTX_LOAD, n);
        break;
    case E_BINOP:
        c_expr(C, n->a);
        c_expr(C, n->b);
        c_emit(C, OP_BINARY_OP, n->op);
        break;
    case E_UNARY: {
        Value v = c_const_value(C, n);
        if (v) {
            c_load_const(C, v);
            break;
        }
        PvNode *cmp = n->a;
        if (n->op == PV_UNARY_NOT && cmp->kind == E_COMPARE && cmp->l1.n == 1 && cmp->ops[0] >= CMP_IS) {
            /* not (a is b) -> a is not b, as CPython's AST optimizer does */
            PvNode inv = *cmp;
            int op = cmp->ops[0];
            int iop = op == CMP_IS ? CMP_ISNOT : op == CMP_ISNOT ? CMP_IS : op == CMP_IN ? CMP_NOTIN : CMP_IN;
            inv.ops = &iop;
            c_compare(C, &inv);
            break;
        }
        c_expr(C, n->a);
        c_emit(C, OP_UNARY_OP, n->op);
        break;
    }
    case E_BOOLOP: {
        int end = c_new_label(C);
        int op = n->op ? OP_JUMP_IF_TRUE_OR_POP : OP_JUMP_IF_FALSE_OR_POP;
        for (int i = 0; i < n->l1.n - 1; i++) {
            c_expr(C, n->l1.items[i]);
            c_jump(C, op, end);
        }
        c_expr(C, n->l1.items[n->l1.n - 1]);
        c_bind(C, end);
        break;
    }
    case E_COMPARE: c_compare(C, n); break;
    case E_CALL: c_call(C, n); break;
    case E_ATTR:
        c_expr(C, n->a);
        c_emit(C, OP_LOAD_ATTR, c_name_index(C, n->id));
        break;
    case E_SUBSCR:
        c_expr(C, n->a);
        c_index(C, n->b);
        c_emit(C, OP_BINARY_SUBSCR, 0);
        break;
    case E_SLICE: c_slice(C, n); break;
    case E_STARRED: c_error(C, n, "can't use starred expression here");
    case E_LIST: case E_TUPLE: case E_SET: c_sequence(C, n); break;
    case E_DICT: c_dict(C, n); break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP:
        c_comprehension(C, n);
        break;
    case E_LAMBDA: c_function(C, n); break;
    case E_IFEXP: {
        int orelse = c_new_label(C), end = c_new_label(C);
        c_jump_if(C, n->a, false, orelse);
        c_expr(C, n->b);
        c_jump(C, OP_JUMP_FORWARD, end);
        c_bind(C, orelse);
        c_expr(C, n->c);
        c_bind(C, end);
        break;
    }
    case E_NAMEDEXPR:
        c_expr(C, n->b);
        c_emit(C, OP_DUP_TOP, 0);
        c_store(C, n->a);
        break;
    case E_YIELD:
        if (n->a)
            c_expr(C, n->a);
        else
            c_load_const(C, pv_None);
        c_emit(C, OP_YIELD_VALUE, 0);
        break;
    case E_YIELDFROM:
        c_expr(C, n->a);
        c_emit(C, OP_GET_YIELD_FROM_ITER, 0);
        c_load_const(C, pv_None);
        c_emit(C, OP_YIELD_FROM, 0);
        break;
    case E_AWAIT:
        c_expr(C, n->a);
        c_emit(C, OP_GET_AWAITABLE, 0);
        c_load_const(C, pv_None);
        c_emit(C, OP_YIELD_FROM, 0);
        break;
    case E_JOINEDSTR: c_joined(C, n); break;
    case E_FORMATTED: c_formatted(C, n); break;
    default:
        c_error(C, n, "compiler: unexpected expression");
    }
    C->u->cur = old;
}

void c_store(Compiler *C, PvNode *t)
{
    PvPos old = c_set_pos(C, t);
    switch (t->kind) {
    case E_NAME:
        c_name_op(C, t->id, CTX_STORE, t);
        break;
    case E_ATTR:
        c_expr(C, t->a);
        c_emit(C, OP_STORE_ATTR, c_name_index(C, t->id));
        break;
    case E_SUBSCR:
        c_expr(C, t->a);
        c_index(C, t->b);
        c_emit(C, OP_STORE_SUBSCR, 0);
        break;
    case E_TUPLE: case E_LIST: {
        int star = -1, n = t->l1.n;
        for (int i = 0; i < n; i++)
            if (t->l1.items[i]->kind == E_STARRED) {
                if (star >= 0)
                    c_error(C, t, "multiple starred expressions in assignment");
                star = i;
            }
        if (star >= 0) {
            if (star > 255 || n - star - 1 > (PV_ARG_MAX >> 8))
                c_error(C, t, "too many expressions in star-unpacking assignment");
            c_emit(C, OP_UNPACK_EX, star | ((n - star - 1) << 8));
        } else {
            c_emit(C, OP_UNPACK_SEQUENCE, n);
        }
        for (int i = 0; i < n; i++) {
            PvNode *e = t->l1.items[i];
            c_store(C, e->kind == E_STARRED ? e->a : e);
        }
        break;
    }
    case E_STARRED:
        c_error(C, t, "starred assignment target must be in a list or tuple");
    default:
        c_error(C, t, "cannot assign to %s", "expression");
    }
    C->u->cur = old;
}

void c_delete(Compiler *C, PvNode *t)
{
    PvPos old = c_set_pos(C, t);
    switch (t->kind) {
    case E_NAME:
        c_name_op(C, t->id, CTX_DEL, t);
        break;
    case E_ATTR:
        c_expr(C, t->a);
        c_emit(C, OP_DELETE_ATTR, c_name_index(C, t->id));
        break;
    case E_SUBSCR:
        c_expr(C, t->a);
        c_index(C, t->b);
        c_emit(C, OP_DELETE_SUBSCR, 0);
        break;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->l1.n; i++)
            c_delete(C, t->l1.items[i]);
        break;
    default:
        c_error(C, t, "cannot delete %s", "expression");
    }
    C->u->cur = old;
}
