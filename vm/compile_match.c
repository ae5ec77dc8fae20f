/* compile_match.c: the match statement with the 3.10 pattern opcodes.
 *
 * A pattern's code finds the value to match on top of the stack and pops
 * it on success (names are stored as soon as they are matched, which PEP
 * 634 allows). On failure it jumps to fail[k] of the current context,
 * where k is the number of values it left on the stack; the cleanup chain
 * emitted after the case pops them, so every jump is forward. */
#include "compile.h"

#define MAX_FAIL 64

typedef struct MCtx {
    int fail[MAX_FAIL];
    int used;           /* highest k + 1 in use */
} MCtx;

static int fail_label(Compiler *C, MCtx *m, int k, PvNode *n)
{
    if (k >= MAX_FAIL)
        c_error(C, n, "too many sub-patterns in a pattern");
    while (m->used <= k)
        m->fail[m->used++] = c_new_label(C);
    return m->fail[k];
}

/* The cleanup chain: fail[k] pops k values, then falls to fail[0]. */
static void emit_fail_chain(Compiler *C, MCtx *m)
{
    for (int k = m->used - 1; k >= 1; k--) {
        c_bind(C, m->fail[k]);
        c_emit(C, OP_POP_TOP, 0);
    }
    if (m->used > 0)
        c_bind(C, m->fail[0]);
}

static void pattern(Compiler *C, PvNode *p, MCtx *m, int on);

static void store_capture(Compiler *C, PvNode *p)
{
    c_name_op(C, p->id, CTX_STORE, p);
}

static void seq_pattern(Compiler *C, PvNode *p, MCtx *m, int on)
{
    int n = p->l1.n, star = -1;
    for (int i = 0; i < n; i++)
        if (p->l1.items[i]->kind == P_STAR) {
            if (star >= 0)
                c_error(C, p->l1.items[i], "multiple starred names in sequence pattern");
            star = i;
        }
    c_emit(C, OP_MATCH_SEQUENCE, 0);
    c_jump(C, OP_POP_JUMP_IF_FALSE, fail_label(C, m, on, p));
    c_emit(C, OP_GET_LEN, 0);
    c_load_const(C, pv_small(star >= 0 ? n - 1 : n));
    c_emit(C, OP_COMPARE_OP, star >= 0 ? PV_GE : PV_EQ);
    c_jump(C, OP_POP_JUMP_IF_FALSE, fail_label(C, m, on, p));
    if (n == 0) {
        c_emit(C, OP_POP_TOP, 0);   /* `case []`: the length said it all */
        return;
    }
    if (star >= 0 && !p->l1.items[star]->id) {
        /* `*_` collects nothing: index the other items (from the end after
         * the star) instead of unpacking, as CPython, so `case x, *_:` on
         * range(1 << 30) does not build a billion-item list */
        for (int i = 0; i < n; i++) {
            PvNode *sub = p->l1.items[i];
            if (i == star || (sub->kind == P_AS && !sub->a && !sub->id))
                continue;
            c_emit(C, OP_DUP_TOP, 0);
            c_load_const(C, pv_small(i < star ? i : i - n));
            c_emit(C, OP_BINARY_SUBSCR, 0);
            pattern(C, sub, m, on + 1);
        }
        c_emit(C, OP_POP_TOP, 0);
        return;
    }
    if (star >= 0)
        c_emit(C, OP_UNPACK_EX, star | ((n - star - 1) << 8));
    else
        c_emit(C, OP_UNPACK_SEQUENCE, n);
    /* the value is replaced by its n items, first on top */
    int cur = on - 1 + n;
    for (int i = 0; i < n; i++) {
        pattern(C, p->l1.items[i], m, cur);
        cur--;
    }
}

static void mapping_pattern(Compiler *C, PvNode *p, MCtx *m, int on)
{
    int k = p->l1.n;
    c_emit(C, OP_MATCH_MAPPING, 0);
    c_jump(C, OP_POP_JUMP_IF_FALSE, fail_label(C, m, on, p));
    if (!k && !p->id) {
        c_emit(C, OP_POP_TOP, 0);
        return;
    }
    for (int i = 0; i < k; i++) {
        PvNode *key = p->l1.items[i];
        c_expr(C, key);
    }
    c_emit(C, OP_BUILD_TUPLE, k);
    if (k) {
        c_emit(C, OP_MATCH_KEYS, 0);                 /* [v, keys, values, ok] */
        c_jump(C, OP_POP_JUMP_IF_FALSE, fail_label(C, m, on + 2, p));
        c_emit(C, OP_UNPACK_SEQUENCE, k);
        int cur = on + 1 + k;
        for (int i = 0; i < k; i++) {
            pattern(C, p->l2.items[i], m, cur);
            cur--;
        }
    }
    if (p->id) {
        c_emit(C, OP_COPY_DICT_WITHOUT_KEYS, 0);     /* [v, rest] */
        c_name_op(C, p->id, CTX_STORE, p);
    } else {
        c_emit(C, OP_POP_TOP, 0);
    }
    c_emit(C, OP_POP_TOP, 0);
}

static void class_pattern(Compiler *C, PvNode *p, MCtx *m, int on)
{
    int npos = p->l1.n, nkw = p->l3.n;
    c_expr(C, p->a);
    Value names = pv_tuple_new((size_t)nkw);
    if (!names)
        c_fail(C);
    for (int i = 0; i < nkw; i++)
        pv_tuple_items(names)[i] = p->l3.items[i]->id;
    c_load_const(C, c_keep(C, names));
    c_emit(C, OP_MATCH_CLASS, npos);   /* [v, cls, names] -> [attrs or v, ok] */
    c_jump(C, OP_POP_JUMP_IF_FALSE, fail_label(C, m, on, p));
    int n = npos + nkw;
    c_emit(C, OP_UNPACK_SEQUENCE, n);
    int cur = on - 1 + n;
    for (int i = 0; i < npos; i++, cur--)
        pattern(C, p->l1.items[i], m, cur);
    for (int i = 0; i < nkw; i++, cur--)
        pattern(C, p->l2.items[i], m, cur);
}

static void or_pattern(Compiler *C, PvNode *p, MCtx *m, int on)
{
    int end = c_new_label(C);
    int n = p->l1.n;
    for (int i = 0; i < n - 1; i++) {
        MCtx alt = {0};
        c_emit(C, OP_DUP_TOP, 0);
        pattern(C, p->l1.items[i], &alt, 1);
        c_emit(C, OP_POP_TOP, 0);
        c_jump(C, OP_JUMP_FORWARD, end);
        emit_fail_chain(C, &alt);
    }
    pattern(C, p->l1.items[n - 1], m, on);
    c_bind(C, end);
}

static void pattern(Compiler *C, PvNode *p, MCtx *m, int on)
{
    PvPos old = c_set_pos(C, p);
    switch (p->kind) {
    case P_AS:
        if (p->a) {
            c_emit(C, OP_DUP_TOP, 0);
            pattern(C, p->a, m, on + 1);
            store_capture(C, p);
        } else if (p->id) {
            store_capture(C, p);
        } else {
            c_emit(C, OP_POP_TOP, 0);
        }
        break;
    case P_STAR:
        if (p->id)
            store_capture(C, p);
        else
            c_emit(C, OP_POP_TOP, 0);
        break;
    case P_VALUE:
        c_expr(C, p->a);
        c_emit(C, OP_COMPARE_OP, PV_EQ);
        c_jump(C, OP_POP_JUMP_IF_FALSE, fail_label(C, m, on - 1, p));
        break;
    case P_SINGLETON:
        c_load_const(C, PV_CONST(C->ast, p));
        c_emit(C, OP_IS_OP, 0);
        c_jump(C, OP_POP_JUMP_IF_FALSE, fail_label(C, m, on - 1, p));
        break;
    case P_SEQUENCE: seq_pattern(C, p, m, on); break;
    case P_MAPPING: mapping_pattern(C, p, m, on); break;
    case P_CLASS: class_pattern(C, p, m, on); break;
    case P_OR: or_pattern(C, p, m, on); break;
    default:
        c_error(C, p, "compiler: unexpected pattern");
    }
    C->u->cur = old;
}

/* ---- compile-time checks of a case pattern (CPython's messages) ---- */

#define MAX_NAMES 256
typedef struct Names { Value v[MAX_NAMES]; PvNode *at[MAX_NAMES]; int n; } Names;

static bool names_has(const Names *s, Value name)
{
    for (int i = 0; i < s->n; i++)
        if (pv_str_eq(s->v[i], name))
            return true;
    return false;
}

static void bind_name(Compiler *C, Names *s, Value name, PvNode *at)
{
    if (names_has(s, name))
        c_error(C, at, "multiple assignments to name '%s' in pattern", pv_str_data(name));
    if (s->n == MAX_NAMES)
        c_error(C, at, "too many names in a pattern");
    s->at[s->n] = at;
    s->v[s->n++] = name;
}

/* allow: may this pattern be irrefutable?  Not in an alternative that has
 * others after it, nor in a case that has others after it (no guard). */
static void check_pattern(Compiler *C, PvNode *p, Names *s, bool allow)
{
    switch (p->kind) {
    case P_AS:
        if (p->a)
            check_pattern(C, p->a, s, allow);
        else if (!allow)
            c_error(C, p, p->id ? "name capture '%s' makes remaining patterns unreachable"
                                : "wildcard makes remaining patterns unreachable",
                    p->id ? pv_str_data(p->id) : "");
        if (p->id)
            bind_name(C, s, p->id, p);
        break;
    case P_STAR:
        if (p->id)
            bind_name(C, s, p->id, p);
        break;
    case P_SEQUENCE:
        for (int i = 0; i < p->l1.n; i++)
            check_pattern(C, p->l1.items[i], s, true);
        break;
    case P_MAPPING:
        if (p->id) /* CPython binds the rest first */
            bind_name(C, s, p->id, p);
        for (int i = 0; i < p->l1.n; i++) {
            PvNode *k = p->l1.items[i];
            for (int j = 0; k->kind == E_CONST && j < i; j++) {
                PvNode *o = p->l1.items[j];
                Value a = PV_CONST(C->ast, k), b = o->kind == E_CONST ? PV_CONST(C->ast, o) : NULL;
                int eq = b ? pv_eq(a, b) : 0;
                if (eq < 0)
                    pv_err_clear();
                if (eq > 0) {
                    Value r = pv_repr(a);
                    if (!r)
                        pv_err_clear();
                    c_error(C, p, "mapping pattern checks duplicate key (%s)", r ? pv_str_data(r) : "?");
                }
            }
            check_pattern(C, p->l2.items[i], s, true);
        }
        break;
    case P_CLASS:
        for (int i = 0; i < p->l1.n; i++)
            check_pattern(C, p->l1.items[i], s, true);
        for (int i = 0; i < p->l3.n; i++) {
            for (int j = 0; j < i; j++)
                if (pv_str_eq(p->l3.items[i]->id, p->l3.items[j]->id))
                    c_error(C, p->l2.items[i], "attribute name repeated in class pattern: %s",
                            pv_str_data(p->l3.items[i]->id));
            check_pattern(C, p->l2.items[i], s, true);
        }
        break;
    case P_OR: {
        /* every alternative binds the same names */
        Names first = *s;
        for (int i = 0; i < p->l1.n; i++) {
            Names alt = *s;
            check_pattern(C, p->l1.items[i], &alt, allow && i == p->l1.n - 1);
            if (i == 0) {
                first = alt;
                continue;
            }
            for (int j = s->n; j < alt.n; j++)
                if (!names_has(&first, alt.v[j]))
                    c_error(C, alt.at[j], "alternative patterns bind different names");
            if (alt.n != first.n)
                c_error(C, p->l1.items[i], "alternative patterns bind different names");
        }
        *s = first;
        break;
    }
    default:
        break;
    }
}

void c_match(Compiler *C, PvNode *n)
{
    c_expr(C, n->a);
    int end = c_new_label(C);
    int ncases = n->l1.n;
    for (int i = 0; i < ncases; i++) {
        PvNode *cs = n->l1.items[i];
        bool last = i == ncases - 1;
        Names bound = {.n = 0};
        check_pattern(C, cs->a, &bound, last || cs->b);
        MCtx m = {0};
        PvPos old = c_set_pos(C, cs->a);
        if (!last)
            c_emit(C, OP_DUP_TOP, 0);
        pattern(C, cs->a, &m, 1);
        if (cs->b)
            c_jump_if(C, cs->b, false, fail_label(C, &m, 0, cs));
        if (!last)
            c_emit(C, OP_POP_TOP, 0);
        C->u->cur = old;
        c_stmts(C, &cs->l1);
        c_jump(C, OP_JUMP_FORWARD, end);
        emit_fail_chain(C, &m);
    }
    if (!ncases)
        c_emit(C, OP_POP_TOP, 0);
    c_bind(C, end);
}
