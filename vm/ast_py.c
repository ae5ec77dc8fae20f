/* ast_py.c: the parser's C tree (ast.h) as Python `ast` node objects, for
 * compile(..., PyCF_ONLY_AST) and so ast.parse(). The node classes come
 * from Lib/_ast.py; this file only walks the tree and fills their fields
 * and positions the way CPython 3.11's ast module shows them. */
#include "ast.h"
#include <stdlib.h>
#include <string.h>

typedef struct Conv {
    PvAst *ast;
    Value mod;   /* the _ast module */
    PvNode *fstr; /* the outermost f-string being converted, or NULL */
    Value cls;     /* the innermost class name (the parser mangled __x in it) */
    size_t *lines; /* byte offset of each line start (lines[0]: line 1) */
    int nlines;
} Conv;

#define TRY(x) do { if (!(x)) return NULL; } while (0)

static Value conv(Conv *c, PvNode *n);

static Value mk(Conv *c, const char *cls)
{
    Value t = pv_getattr_str(c->mod, cls);
    return t ? pv_call0(t) : NULL;
}

static bool set(Value o, const char *name, Value v)
{
    return v && pv_setattr_str(o, name, v) >= 0;
}

static bool set_int(Value o, const char *name, int v)
{
    return set(o, name, pv_small(v));
}

static PvNode *last_of(PvNodeList *l)
{
    return l->n ? l->items[l->n - 1] : NULL;
}

/* The last statement of a compound statement's last block. */
static PvNode *last_stmt(PvNode *n)
{
    switch (n->kind) {
    case S_IF: case S_WHILE: case S_FOR:
        return n->l2.n ? last_of(&n->l2) : last_of(&n->l1);
    case S_TRY:
        return n->l4.n ? last_of(&n->l4) : n->l3.n ? last_of(&n->l3)
             : n->l2.n ? last_of(&n->l2) : last_of(&n->l1);
    case S_WITH: return last_of(&n->l2);
    case S_FUNCDEF: case K_HANDLER: case K_MATCHCASE: return last_of(&n->l1);
    case S_CLASSDEF: return last_of(&n->l3);
    case S_MATCH: return last_of(&n->l1);
    }
    return NULL;
}

/* CPython ends a compound statement where its last inner statement ends
 * (the parser here ends it at the dedent). */
static void end_of(PvNode *n, int *line, int *col)
{
    PvNode *last;
    while ((last = last_stmt(n)))
        n = last;
    *line = n->end_line;
    *col = n->end_col;
}

static bool set_pos(Value o, PvNode *n)
{
    int el, ec;
    end_of(n, &el, &ec);
    return set_int(o, "lineno", n->line) && set_int(o, "col_offset", n->col) &&
           set_int(o, "end_lineno", el) && set_int(o, "end_col_offset", ec);
}

/* A node of class cls with positions from n. */
static Value mk_at(Conv *c, const char *cls, PvNode *n)
{
    Value o = mk(c, cls);
    return o && set_pos(o, n) ? o : NULL;
}

static Value opt(Conv *c, PvNode *n)
{
    return n ? conv(c, n) : pv_None;
}

static Value conv_list(Conv *c, PvNodeList *l)
{
    Value r = pv_list_new(0);
    for (int i = 0; r && i < l->n; i++) {
        Value v = opt(c, l->items[i]);
        if (!v || pv_list_append(r, v) < 0)
            return NULL;
    }
    return r;
}

static Value id_or_none(Value id)
{
    return id ? id : pv_None;
}

/* The name as written: the parser stores _Cls__x for __x in class Cls. */
static Value unmangle(Conv *c, Value id)
{
    if (!c->cls || !id)
        return id;
    const char *k = pv_str_data(c->cls), *s = pv_str_data(id);
    while (*k == '_')
        k++;
    size_t kl = strlen(k), n = pv_str_size(id);
    if (!kl || n < kl + 4 || s[0] != '_' || strncmp(s + 1, k, kl) != 0 || s[kl + 1] != '_' ||
        s[kl + 2] != '_' || (s[n - 1] == '_' && s[n - 2] == '_'))
        return id;
    return pv_str_from_cstr(s + 1 + kl);
}

static Value ctx(Conv *c, int op)
{
    return mk(c, op == CTX_STORE ? "Store" : op == CTX_DEL ? "Del" : "Load");
}

static const char *const binop_names[] = {
    "Add", "Sub", "Mult", "MatMult", "Div", "FloorDiv", "Mod", "Pow", "LShift", "RShift",
    "BitAnd", "BitOr", "BitXor",
};
static const char *const unary_names[] = {"USub", "UAdd", "Invert", "Not"};
static const char *const cmp_names[] = {"Lt", "LtE", "Eq", "NotEq", "Gt", "GtE",
                                        "Is", "IsNot", "In", "NotIn"};

static Value binop(Conv *c, int op)
{
    op &= ~PV_OP_INPLACE;
    if (op < 0 || op >= PV_OP_COUNT)
        return pv_raise(&pv_exc_SystemError, "ast: bad operator %d", op), NULL;
    return mk(c, binop_names[op]);
}

/* arguments: CPython splits defaults out of the arg nodes. */
static Value arguments(Conv *c, PvNode *n)
{
    Value o = mk(c, "arguments");
    Value posonly = pv_list_new(0), args = pv_list_new(0), kwonly = pv_list_new(0);
    Value defaults = pv_list_new(0), kwdefaults = pv_list_new(0);
    TRY(o && posonly && args && kwonly && defaults && kwdefaults);
    for (int i = 0; i < n->l1.n; i++) {
        PvNode *a = n->l1.items[i];
        Value v = conv(c, a);
        TRY(v && pv_list_append(i < n->op ? posonly : args, v) >= 0);
        if (a->b) {
            Value d = conv(c, a->b);
            TRY(d && pv_list_append(defaults, d) >= 0);
        }
    }
    for (int i = 0; i < n->l2.n; i++) {
        PvNode *a = n->l2.items[i];
        Value v = conv(c, a), d = opt(c, a->b);
        TRY(v && d && pv_list_append(kwonly, v) >= 0 && pv_list_append(kwdefaults, d) >= 0);
    }
    TRY(set(o, "posonlyargs", posonly) && set(o, "args", args) && set(o, "vararg", opt(c, n->b)) &&
        set(o, "kwonlyargs", kwonly) && set(o, "kw_defaults", kwdefaults) &&
        set(o, "kwarg", opt(c, n->c)) && set(o, "defaults", defaults));
    return o;
}

static Value names_of(PvNodeList *l)
{
    Value r = pv_list_new(0);
    for (int i = 0; r && i < l->n; i++)
        if (pv_list_append(r, l->items[i]->id) < 0)
            return NULL;
    return r;
}

static Value comprehension_like(Conv *c, PvNode *n, const char *cls)
{
    Value o = mk_at(c, cls, n);
    TRY(o);
    if (n->kind == E_DICTCOMP)
        TRY(set(o, "key", conv(c, n->a)) && set(o, "value", conv(c, n->b)));
    else
        TRY(set(o, "elt", conv(c, n->a)));
    TRY(set(o, "generators", conv_list(c, &n->l1)));
    return o;
}

static long offset_of(Conv *c, int line, int col)
{
    if (line < 1 || line > c->nlines)
        return -1;
    size_t off = c->lines[line - 1] + (size_t)col;
    return off <= c->ast->size ? (long)off : -1;
}

static bool is_space(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\\';
}

static int get_int(Value o, const char *name)
{
    Value v = pv_getattr_str(o, name);
    return v && pv_is_small(v) ? (int)pv_small_val(v) : -1;
}

/* A node that starts with its first operand, e.g. (a) + b, starts at the
 * parentheses around that operand in CPython's tree (they are not the
 * operand's own: its position is inside them). */
static bool widen_start(Conv *c, PvNode *n, PvNode *first, Value o, Value child)
{
    if (!child || n->line != first->line || n->col != first->col)
        return child != NULL;
    if (!(set(o, "lineno", pv_getattr_str(child, "lineno")) &&
          set(o, "col_offset", pv_getattr_str(child, "col_offset"))))
        return false;
    long s = offset_of(c, get_int(child, "lineno"), get_int(child, "col_offset"));
    long e = offset_of(c, get_int(child, "end_lineno"), get_int(child, "end_col_offset"));
    if (s < 0 || e < 0)
        return true;
    const char *src = c->ast->src;
    long size = (long)c->ast->size, open = -1;
    int k = 0, m = 0;
    for (long i = e; i < size && (is_space(src[i]) || src[i] == ')'); i++)
        m += src[i] == ')';
    for (long i = s - 1; i >= 0 && k < m && (is_space(src[i]) || src[i] == '('); i--)
        if (src[i] == '(') {
            k++;
            open = i;
        }
    if (open < 0)
        return true;
    int line = 1;
    while (line < c->nlines && c->lines[line] <= (size_t)open)
        line++;
    return set_int(o, "lineno", line) &&
           set_int(o, "col_offset", (int)((size_t)open - c->lines[line - 1]));
}

/* The first child as converted (for widen_start). */
static Value first_item(Value o, const char *field)
{
    Value l = pv_getattr_str(o, field);
    return l && pv_list_size(l) ? pv_list_items(l)[0] : NULL;
}

/* The expression inside {} is an ordinary one, an f-string included. */
static Value fvalue(Conv *c, PvNode *n)
{
    PvNode *f = c->fstr;
    c->fstr = NULL;
    Value v = conv(c, n);
    c->fstr = f;
    return v;
}

static Value expr(Conv *c, PvNode *n)
{
    Value o;
    switch (n->kind) {
    case E_NAME:
        TRY(o = mk_at(c, "Name", n));
        TRY(set(o, "id", unmangle(c, n->id)) && set(o, "ctx", ctx(c, n->op)));
        return o;
    case E_CONST:
        TRY(o = mk_at(c, "Constant", n));
        TRY(set(o, "value", PV_CONST(c->ast, n)) && set(o, "kind", pv_None));
        return o;
    case E_JOINEDSTR: {
        /* CPython 3.11 gives every part of an f-string the position of
         * the whole string */
        /* a format spec's JoinedStr: the f-string's position too (exact
         * when the f-string is not one of several concatenated) */
        TRY(o = mk_at(c, "JoinedStr", c->fstr ? c->fstr : n));
        PvNode *outer = c->fstr;
        if (!outer)
            c->fstr = n;
        Value parts = pv_list_new(0);
        for (int i = 0; parts && i < n->l1.n; i++) {
            PvNode *p = n->l1.items[i];
            Value v = p->kind == E_CONST ? mk(c, "Constant") : p->kind == E_FORMATTED
                      ? mk(c, "FormattedValue") : conv(c, p);
            if (!v || (p->kind == E_CONST &&
                       !(set(v, "value", PV_CONST(c->ast, p)) && set(v, "kind", pv_None))) ||
                (p->kind == E_FORMATTED &&
                 !(set(v, "value", fvalue(c, p->a)) && set_int(v, "conversion", p->op) &&
                   set(v, "format_spec", opt(c, p->b)))) ||
                ((p->kind == E_CONST || p->kind == E_FORMATTED) && !set_pos(v, c->fstr)) ||
                pv_list_append(parts, v) < 0)
                parts = NULL;
        }
        c->fstr = outer;
        TRY(parts && set(o, "values", parts));
        return o;
    }
    case E_FORMATTED:
        TRY(o = mk_at(c, "FormattedValue", n));
        TRY(set(o, "value", conv(c, n->a)) && set_int(o, "conversion", n->op) &&
            set(o, "format_spec", opt(c, n->b)));
        return o;
    case E_BINOP:
        TRY(o = mk_at(c, "BinOp", n));
        TRY(set(o, "left", conv(c, n->a)) && set(o, "op", binop(c, n->op)) &&
            set(o, "right", conv(c, n->b)));
        TRY(widen_start(c, n, n->a, o, pv_getattr_str(o, "left")));
        return o;
    case E_UNARY:
        TRY(o = mk_at(c, "UnaryOp", n));
        TRY(set(o, "op", mk(c, unary_names[n->op & 3])) && set(o, "operand", conv(c, n->a)));
        return o;
    case E_BOOLOP:
        TRY(o = mk_at(c, "BoolOp", n));
        TRY(set(o, "op", mk(c, n->op ? "Or" : "And")) && set(o, "values", conv_list(c, &n->l1)));
        if (n->l1.n)
            TRY(widen_start(c, n, n->l1.items[0], o, first_item(o, "values")));
        return o;
    case E_COMPARE: {
        TRY(o = mk_at(c, "Compare", n));
        Value ops = pv_list_new(0);
        TRY(ops);
        for (int i = 0; i < n->l1.n; i++) {
            Value op = mk(c, cmp_names[n->ops[i] % 10]);
            TRY(op && pv_list_append(ops, op) >= 0);
        }
        TRY(set(o, "left", conv(c, n->a)) && set(o, "ops", ops) &&
            set(o, "comparators", conv_list(c, &n->l1)));
        TRY(widen_start(c, n, n->a, o, pv_getattr_str(o, "left")));
        return o;
    }
    case E_CALL:
        TRY(o = mk_at(c, "Call", n));
        TRY(set(o, "func", conv(c, n->a)) && set(o, "args", conv_list(c, &n->l1)) &&
            set(o, "keywords", conv_list(c, &n->l2)));
        return o;
    case E_ATTR:
        TRY(o = mk_at(c, "Attribute", n));
        TRY(set(o, "value", conv(c, n->a)) && set(o, "attr", unmangle(c, n->id)) &&
            set(o, "ctx", ctx(c, n->op)));
        return o;
    case E_SUBSCR:
        TRY(o = mk_at(c, "Subscript", n));
        TRY(set(o, "value", conv(c, n->a)) && set(o, "slice", conv(c, n->b)) &&
            set(o, "ctx", ctx(c, n->op)));
        return o;
    case E_SLICE:
        TRY(o = mk_at(c, "Slice", n));
        TRY(set(o, "lower", opt(c, n->a)) && set(o, "upper", opt(c, n->b)) &&
            set(o, "step", opt(c, n->c)));
        return o;
    case E_STARRED:
        TRY(o = mk_at(c, "Starred", n));
        TRY(set(o, "value", conv(c, n->a)) && set(o, "ctx", ctx(c, n->op)));
        return o;
    case E_LIST:
    case E_TUPLE:
        TRY(o = mk_at(c, n->kind == E_LIST ? "List" : "Tuple", n));
        TRY(set(o, "elts", conv_list(c, &n->l1)) && set(o, "ctx", ctx(c, n->op)));
        if (n->kind == E_TUPLE && n->l1.n) {
            PvNode *f = n->l1.items[0];
            /* an unparenthesized tuple's trailing comma is its own */
            long e = offset_of(c, n->end_line, n->end_col);
            if (n->line == f->line && n->col == f->col && e >= 0) {
                while (e < (long)c->ast->size && (c->ast->src[e] == ' ' || c->ast->src[e] == '\t'))
                    e++;
                if (e < (long)c->ast->size && c->ast->src[e] == ',' &&
                    !set_int(o, "end_col_offset", n->end_col + (int)(e - offset_of(c, n->end_line,
                                                                    n->end_col)) + 1))
                    return NULL;
            }
            TRY(widen_start(c, n, f, o, first_item(o, "elts")));
        }
        return o;
    case E_SET:
        TRY(o = mk_at(c, "Set", n));
        TRY(set(o, "elts", conv_list(c, &n->l1)));
        return o;
    case E_DICT:
        TRY(o = mk_at(c, "Dict", n));
        TRY(set(o, "keys", conv_list(c, &n->l1)) && set(o, "values", conv_list(c, &n->l2)));
        return o;
    case E_LISTCOMP: return comprehension_like(c, n, "ListComp");
    case E_SETCOMP: return comprehension_like(c, n, "SetComp");
    case E_GENEXP: return comprehension_like(c, n, "GeneratorExp");
    case E_DICTCOMP: return comprehension_like(c, n, "DictComp");
    case E_LAMBDA:
        TRY(o = mk_at(c, "Lambda", n));
        TRY(set(o, "args", conv(c, n->a)) && set(o, "body", conv(c, n->b)));
        return o;
    case E_IFEXP:
        TRY(o = mk_at(c, "IfExp", n));
        TRY(set(o, "test", conv(c, n->a)) && set(o, "body", conv(c, n->b)) &&
            set(o, "orelse", conv(c, n->c)));
        TRY(widen_start(c, n, n->b, o, pv_getattr_str(o, "body")));
        return o;
    case E_NAMEDEXPR:
        TRY(o = mk_at(c, "NamedExpr", n));
        TRY(set(o, "target", conv(c, n->a)) && set(o, "value", conv(c, n->b)));
        return o;
    case E_YIELD:
    case E_YIELDFROM:
    case E_AWAIT:
        TRY(o = mk_at(c, n->kind == E_YIELD ? "Yield" : n->kind == E_AWAIT ? "Await" : "YieldFrom",
                      n));
        TRY(set(o, "value", opt(c, n->a)));
        return o;
    }
    return pv_raise(&pv_exc_SystemError, "ast: unexpected node %s", pv_node_names[n->kind]), NULL;
}

static Value helper(Conv *c, PvNode *n)
{
    Value o;
    switch (n->kind) {
    case K_COMPREHENSION:
        TRY(o = mk(c, "comprehension"));
        TRY(set(o, "target", conv(c, n->a)) && set(o, "iter", conv(c, n->b)) &&
            set(o, "ifs", conv_list(c, &n->l1)) && set_int(o, "is_async", n->op));
        return o;
    case K_KEYWORD:
        TRY(o = mk_at(c, "keyword", n));
        TRY(set(o, "arg", id_or_none(n->id)) && set(o, "value", conv(c, n->a)));
        return o;
    case K_ARGUMENTS:
        return arguments(c, n);
    case K_ARG: {
        /* an arg ends with its annotation or name, not its default */
        TRY(o = mk(c, "arg"));
        int el = n->line, ec = n->col + (int)pv_str_size(n->id);
        if (n->a) {
            el = n->a->end_line;
            ec = n->a->end_col;
        }
        TRY(set_int(o, "lineno", n->line) && set_int(o, "col_offset", n->col) &&
            set_int(o, "end_lineno", el) && set_int(o, "end_col_offset", ec));
        TRY(set(o, "arg", unmangle(c, n->id)) && set(o, "annotation", opt(c, n->a)) &&
            set(o, "type_comment", pv_None));
        return o;
    }
    case K_ALIAS:
        TRY(o = mk_at(c, "alias", n));
        TRY(set(o, "name", n->id) && set(o, "asname", id_or_none(n->id2)));
        return o;
    case K_WITHITEM:
        TRY(o = mk(c, "withitem"));
        TRY(set(o, "context_expr", conv(c, n->a)) && set(o, "optional_vars", opt(c, n->b)));
        return o;
    case K_HANDLER:
        TRY(o = mk_at(c, "ExceptHandler", n));
        TRY(set(o, "type", opt(c, n->a)) && set(o, "name", id_or_none(n->id)) &&
            set(o, "body", conv_list(c, &n->l1)));
        return o;
    case K_MATCHCASE:
        TRY(o = mk(c, "match_case"));
        TRY(set(o, "pattern", conv(c, n->a)) && set(o, "guard", opt(c, n->b)) &&
            set(o, "body", conv_list(c, &n->l1)));
        return o;
    }
    return expr(c, n);
}

static Value pattern(Conv *c, PvNode *n)
{
    Value o;
    switch (n->kind) {
    case P_VALUE:
        TRY(o = mk_at(c, "MatchValue", n));
        TRY(set(o, "value", conv(c, n->a)));
        return o;
    case P_SINGLETON:
        TRY(o = mk_at(c, "MatchSingleton", n));
        TRY(set(o, "value", PV_CONST(c->ast, n)));
        return o;
    case P_SEQUENCE:
    case P_OR:
        TRY(o = mk_at(c, n->kind == P_OR ? "MatchOr" : "MatchSequence", n));
        TRY(set(o, "patterns", conv_list(c, &n->l1)));
        return o;
    case P_STAR:
        TRY(o = mk_at(c, "MatchStar", n));
        TRY(set(o, "name", id_or_none(n->id)));
        return o;
    case P_MAPPING:
        TRY(o = mk_at(c, "MatchMapping", n));
        TRY(set(o, "keys", conv_list(c, &n->l1)) && set(o, "patterns", conv_list(c, &n->l2)) &&
            set(o, "rest", id_or_none(n->id)));
        return o;
    case P_CLASS:
        TRY(o = mk_at(c, "MatchClass", n));
        TRY(set(o, "cls", conv(c, n->a)) && set(o, "patterns", conv_list(c, &n->l1)) &&
            set(o, "kwd_attrs", names_of(&n->l3)) && set(o, "kwd_patterns", conv_list(c, &n->l2)));
        return o;
    case P_AS:
        TRY(o = mk_at(c, "MatchAs", n));
        TRY(set(o, "pattern", opt(c, n->a)) && set(o, "name", id_or_none(n->id)));
        return o;
    }
    return helper(c, n);
}

static Value stmt(Conv *c, PvNode *n)
{
    Value o;
    switch (n->kind) {
    case S_EXPR:
        TRY(o = mk_at(c, "Expr", n));
        TRY(set(o, "value", conv(c, n->a)));
        return o;
    case S_ASSIGN:
        TRY(o = mk_at(c, "Assign", n));
        TRY(set(o, "targets", conv_list(c, &n->l1)) && set(o, "value", conv(c, n->a)) &&
            set(o, "type_comment", pv_None));
        return o;
    case S_AUGASSIGN:
        TRY(o = mk_at(c, "AugAssign", n));
        TRY(set(o, "target", conv(c, n->a)) && set(o, "op", binop(c, n->op)) &&
            set(o, "value", conv(c, n->b)));
        return o;
    case S_ANNASSIGN:
        TRY(o = mk_at(c, "AnnAssign", n));
        TRY(set(o, "target", conv(c, n->a)) && set(o, "annotation", conv(c, n->b)) &&
            set(o, "value", opt(c, n->c)) && set_int(o, "simple", n->op));
        return o;
    case S_DELETE:
        TRY(o = mk_at(c, "Delete", n));
        TRY(set(o, "targets", conv_list(c, &n->l1)));
        return o;
    case S_PASS:
        return mk_at(c, "Pass", n);
    case S_BREAK:
        return mk_at(c, "Break", n);
    case S_CONTINUE:
        return mk_at(c, "Continue", n);
    case S_RETURN:
        TRY(o = mk_at(c, "Return", n));
        TRY(set(o, "value", opt(c, n->a)));
        return o;
    case S_RAISE:
        TRY(o = mk_at(c, "Raise", n));
        TRY(set(o, "exc", opt(c, n->a)) && set(o, "cause", opt(c, n->b)));
        return o;
    case S_GLOBAL:
    case S_NONLOCAL:
        TRY(o = mk_at(c, n->kind == S_GLOBAL ? "Global" : "Nonlocal", n));
        TRY(set(o, "names", names_of(&n->l1)));
        return o;
    case S_IMPORT:
        TRY(o = mk_at(c, "Import", n));
        TRY(set(o, "names", conv_list(c, &n->l1)));
        return o;
    case S_IMPORTFROM:
        TRY(o = mk_at(c, "ImportFrom", n));
        TRY(set(o, "module", id_or_none(n->id)) && set(o, "names", conv_list(c, &n->l1)) &&
            set_int(o, "level", n->op));
        return o;
    case S_IF:
    case S_WHILE:
        TRY(o = mk_at(c, n->kind == S_IF ? "If" : "While", n));
        TRY(set(o, "test", conv(c, n->a)) && set(o, "body", conv_list(c, &n->l1)) &&
            set(o, "orelse", conv_list(c, &n->l2)));
        return o;
    case S_FOR:
        TRY(o = mk_at(c, n->op ? "AsyncFor" : "For", n));
        TRY(set(o, "target", conv(c, n->a)) && set(o, "iter", conv(c, n->b)) &&
            set(o, "body", conv_list(c, &n->l1)) && set(o, "orelse", conv_list(c, &n->l2)) &&
            set(o, "type_comment", pv_None));
        return o;
    case S_TRY:
        TRY(o = mk_at(c, n->op ? "TryStar" : "Try", n));
        TRY(set(o, "body", conv_list(c, &n->l1)) && set(o, "handlers", conv_list(c, &n->l2)) &&
            set(o, "orelse", conv_list(c, &n->l3)) && set(o, "finalbody", conv_list(c, &n->l4)));
        return o;
    case S_WITH:
        TRY(o = mk_at(c, n->op ? "AsyncWith" : "With", n));
        TRY(set(o, "items", conv_list(c, &n->l1)) && set(o, "body", conv_list(c, &n->l2)) &&
            set(o, "type_comment", pv_None));
        return o;
    case S_FUNCDEF:
        TRY(o = mk_at(c, n->op ? "AsyncFunctionDef" : "FunctionDef", n));
        TRY(set(o, "name", n->id) && set(o, "args", conv(c, n->a)) &&
            set(o, "body", conv_list(c, &n->l1)) && set(o, "decorator_list", conv_list(c, &n->l2)) &&
            set(o, "returns", opt(c, n->b)) && set(o, "type_comment", pv_None));
        return o;
    case S_CLASSDEF:
    {
        TRY(o = mk_at(c, "ClassDef", n));
        TRY(set(o, "name", n->id) && set(o, "bases", conv_list(c, &n->l1)) &&
            set(o, "keywords", conv_list(c, &n->l2)) &&
            set(o, "decorator_list", conv_list(c, &n->l4)));
        Value outer = c->cls;
        c->cls = n->id;
        Value body = conv_list(c, &n->l3);
        c->cls = outer;
        TRY(set(o, "body", body));
        return o;
    }
    case S_ASSERT:
        TRY(o = mk_at(c, "Assert", n));
        TRY(set(o, "test", conv(c, n->a)) && set(o, "msg", opt(c, n->b)));
        return o;
    case S_MATCH:
        TRY(o = mk_at(c, "Match", n));
        TRY(set(o, "subject", conv(c, n->a)) && set(o, "cases", conv_list(c, &n->l1)));
        return o;
    }
    return pattern(c, n);
}

static Value conv(Conv *c, PvNode *n)
{
    if (!n)
        return pv_None;
    return stmt(c, n);
}

Value pv_ast_to_python(const char *src, size_t size, Value filename, const char *mode)
{
    if (memchr(src, 0, size))
        return pv_raise(&pv_exc_SyntaxError, "source code string cannot contain null bytes");
    Conv c = {0};
    if (!(c.mod = pv_import_cstr("_ast")))
        return NULL;
    PvAst ast;
    pv_ast_init(&ast);
    if (!ast.consts)
        return NULL;
    c.ast = &ast;
    c.nlines = 1;
    for (size_t i = 0; i < size; i++)
        c.nlines += src[i] == '\n';
    c.lines = malloc(sizeof(size_t) * (size_t)c.nlines);
    if (!c.lines) {
        pv_ast_free(&ast);
        return pv_nomemory();
    }
    c.lines[0] = 0;
    for (size_t i = 0, l = 1; i < size; i++)
        if (src[i] == '\n')
            c.lines[l++] = i + 1;
    Value r = NULL;
    if (pv_parse(&ast, src, size, filename, mode)) {
        PvNode *root = ast.root;
        if (root->kind == K_EXPRESSION) {
            if ((r = mk(&c, "Expression")) && !set(r, "body", conv(&c, root->a)))
                r = NULL;
        } else if (strcmp(mode, "single") == 0) {
            if ((r = mk(&c, "Interactive")) && !set(r, "body", conv_list(&c, &root->l1)))
                r = NULL;
        } else if ((r = mk(&c, "Module")) &&
                   !(set(r, "body", conv_list(&c, &root->l1)) &&
                     set(r, "type_ignores", pv_list_new(0))))
            r = NULL;
    }
    free(c.lines);
    pv_ast_free(&ast);
    return r;
}
