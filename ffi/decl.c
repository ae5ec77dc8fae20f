/* decl.c: the C declaration parser of the FFI: prototypes, type names and
 * cdef text (structs, unions, typedefs, enums), with sizes and alignment.
 * A small recursive-descent parser over a token list; declarators are read
 * inside out as C does ("int (*f)(int)"). Types live forever. */
#include "ffi.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Value pv_ffi_constants;

/* ---- type construction ---- */

static PvCType *ct_alloc(int kind, size_t size, size_t align, const char *name)
{
    PvCType *t = calloc(1, sizeof *t);
    if (!t)
        abort();
    t->kind = kind;
    t->size = size;
    t->align = align ? align : 1;
    t->name = strdup(name);
    t->length = -1;
    t->complete = true;
    return t;
}

PvCType *pv_ffi_pointer_to(PvCType *t)
{
    if (t->ptr_to)
        return t->ptr_to;
    size_t n = strlen(t->name);
    char *nm = malloc(n + 3);
    if (t->kind == PV_CT_FUNC) {
        /* "int(int)" -> "int(*)(int)" */
        const char *paren = strchr(t->name, '(');
        size_t k = paren ? (size_t)(paren - t->name) : n;
        nm = realloc(nm, n + 4);
        memcpy(nm, t->name, k);
        strcpy(nm + k, "(*)");
        strcpy(nm + k + 3, t->name + k);
    } else
        snprintf(nm, n + 3, "%s%s*", t->name, t->name[n - 1] == '*' ? "" : " ");
    PvCType *p = ct_alloc(PV_CT_PTR, sizeof(void *), _Alignof(void *), nm);
    free(nm);
    p->item = t;
    t->ptr_to = p;
    return p;
}

PvCType *pv_ffi_array_of(PvCType *t, ssize_t n)
{
    char buf[256];
    if (n >= 0)
        snprintf(buf, sizeof buf, "%s[%zd]", t->name, n);
    else
        snprintf(buf, sizeof buf, "%s[]", t->name);
    PvCType *a = ct_alloc(PV_CT_ARRAY, n >= 0 ? t->size * (size_t)n : 0, t->align, buf);
    a->item = t;
    a->length = n;
    return a;
}

/* ---- named types: primitives, typedefs, struct tags ---- */

typedef struct Named { char *name; PvCType *t; struct Named *next; } Named;
static Named *named;

static PvCType *lookup(const char *name)
{
    for (Named *n = named; n; n = n->next)
        if (strcmp(n->name, name) == 0)
            return n->t;
    return NULL;
}

static void define(const char *name, PvCType *t)
{
    Named *n = malloc(sizeof *n);
    n->name = strdup(name);
    n->t = t;
    n->next = named;
    named = n;
}

static void prim(const char *name, int kind, size_t size, size_t align, bool sign)
{
    PvCType *t = ct_alloc(kind, size, align, name);
    t->is_signed = sign;
    define(name, t);
}

static void init_prims(void)
{
    if (named)
        return;
    prim("void", PV_CT_VOID, 0, 1, false);
    prim("_Bool", PV_CT_BOOL, sizeof(_Bool), _Alignof(_Bool), false);
    define("bool", lookup("_Bool"));
    prim("char", PV_CT_INT, 1, 1, (char)-1 < 0);
    lookup("char")->is_char = true;
    prim("signed char", PV_CT_INT, 1, 1, true);
    prim("unsigned char", PV_CT_INT, 1, 1, false);
#define INTS(cname, T)                                                     \
    prim(cname, PV_CT_INT, sizeof(T), _Alignof(T), true);                  \
    prim("unsigned " cname, PV_CT_INT, sizeof(T), _Alignof(T), false);
    INTS("short", short)
    INTS("int", int)
    INTS("long", long)
    INTS("long long", long long)
#undef INTS
    prim("float", PV_CT_FLOAT, sizeof(float), _Alignof(float), true);
    prim("double", PV_CT_FLOAT, sizeof(double), _Alignof(double), true);
    static const struct { const char *name, *as; } alias[] = {
        {"int8_t", "signed char"}, {"uint8_t", "unsigned char"},
        {"int16_t", "short"}, {"uint16_t", "unsigned short"},
        {"int32_t", "int"}, {"uint32_t", "unsigned int"},
        {"int64_t", sizeof(long) == 8 ? "long" : "long long"},
        {"uint64_t", sizeof(long) == 8 ? "unsigned long" : "unsigned long long"},
        {"size_t", sizeof(size_t) == sizeof(long) ? "unsigned long" : "unsigned int"},
        {"ssize_t", sizeof(size_t) == sizeof(long) ? "long" : "int"},
        {"intptr_t", sizeof(void *) == sizeof(long) ? "long" : "long long"},
        {"uintptr_t", sizeof(void *) == sizeof(long) ? "unsigned long" : "unsigned long long"},
        {"ptrdiff_t", sizeof(void *) == sizeof(long) ? "long" : "int"},
        {"off_t", sizeof(off_t) == 8 ? "long long" : "int"},
        {"wchar_t", "int"}, {"pid_t", "int"},
    };
    for (size_t i = 0; i < sizeof alias / sizeof alias[0]; i++)
        define(alias[i].name, lookup(alias[i].as));
    pv_ffi_constants = pv_dict_new();
    pv_gc_add_root(&pv_ffi_constants);
}

PvCType *pv_ffi_prim(const char *name)
{
    init_prims();
    return lookup(name);
}

PvCType *pv_ffi_struct_tag(const char *tag, bool is_union)
{
    init_prims();
    char buf[256];
    snprintf(buf, sizeof buf, "%s %s", is_union ? "union" : "struct", tag);
    PvCType *t = lookup(buf);
    if (t)
        return t;
    t = ct_alloc(is_union ? PV_CT_UNION : PV_CT_STRUCT, 0, 1, buf);
    t->complete = false;
    if (*tag)
        define(buf, t);
    return t;
}

int pv_ffi_struct_layout(PvCType *st, const char *const *names, PvCType **types, int n,
                         int pack)
{
    PvCField *f = calloc((size_t)n + 1, sizeof *f);
    size_t off = 0, size = 0, align = 1;
    for (int i = 0; i < n; i++) {
        PvCType *ft = types[i];
        if (ft->kind == PV_CT_VOID || ft->kind == PV_CT_FUNC ||
            ((ft->kind == PV_CT_STRUCT || ft->kind == PV_CT_UNION) && !ft->complete) ||
            (ft->kind == PV_CT_ARRAY && ft->length < 0)) {
            free(f);
            pv_raise(&pv_exc_TypeError, "ffi: field '%s' has incomplete type '%s'", names[i],
                     ft->name);
            return -1;
        }
        size_t a = ft->align;
        if (pack > 0 && a > (size_t)pack)
            a = (size_t)pack;
        if (a > align)
            align = a;
        f[i].name = strdup(names[i]);
        f[i].type = ft;
        if (st->kind == PV_CT_UNION) {
            f[i].offset = 0;
            if (ft->size > size)
                size = ft->size;
        } else {
            off = (off + a - 1) / a * a;
            f[i].offset = off;
            off += ft->size;
            size = off;
        }
    }
    st->size = (size + align - 1) / align * align;
    st->align = align;
    st->fields = f;
    st->nfields = n;
    st->complete = true;
    st->ffi = NULL;
    return 0;
}

/* ---- tokens ---- */

enum { T_END, T_IDENT, T_NUM, T_PUNCT, T_ELLIPSIS };
typedef struct Tok { int kind; const char *s; size_t len; long long num; } Tok;
typedef struct P {
    const char *text;
    Tok *toks;
    size_t n, pos;
    bool failed;
} P;

static int tokenize(P *p)
{
    size_t cap = 64;
    p->toks = malloc(cap * sizeof(Tok));
    p->n = 0;
    const char *s = p->text;
    for (;;) {
        while (*s) {
            if (isspace((unsigned char)*s))
                s++;
            else if (s[0] == '/' && s[1] == '/')
                while (*s && *s != '\n') s++;
            else if (s[0] == '/' && s[1] == '*') {
                const char *e = strstr(s + 2, "*/");
                s = e ? e + 2 : s + strlen(s);
            } else if (*s == '#')   /* preprocessor lines are ignored */
                while (*s && *s != '\n') s++;
            else
                break;
        }
        if (p->n + 1 >= cap)
            p->toks = realloc(p->toks, (cap *= 2) * sizeof(Tok));
        Tok *t = &p->toks[p->n];
        t->s = s;
        t->len = 1;
        if (!*s) {
            t->kind = T_END;
            t->len = 0;
            p->n++;
            return 0;
        }
        if (isalpha((unsigned char)*s) || *s == '_') {
            const char *e = s;
            while (isalnum((unsigned char)*e) || *e == '_') e++;
            t->kind = T_IDENT;
            t->len = (size_t)(e - s);
        } else if (isdigit((unsigned char)*s)) {
            char *e;
            t->kind = T_NUM;
            t->num = strtoll(s, &e, 0);
            while (*e == 'u' || *e == 'U' || *e == 'l' || *e == 'L') e++;
            t->len = (size_t)(e - s);
        } else if (strncmp(s, "...", 3) == 0) {
            t->kind = T_ELLIPSIS;
            t->len = 3;
        } else
            t->kind = T_PUNCT;
        s += t->len;
        p->n++;
    }
}

static Tok *peek(P *p) { return &p->toks[p->pos]; }
static Tok *peek2(P *p) { return &p->toks[p->pos + (p->toks[p->pos].kind != T_END)]; }
static bool is_punct(Tok *t, char c) { return t->kind == T_PUNCT && t->s[0] == c; }
static bool is_word(Tok *t, const char *w)
{
    return t->kind == T_IDENT && strlen(w) == t->len && memcmp(t->s, w, t->len) == 0;
}
static bool accept(P *p, char c)
{
    if (is_punct(peek(p), c)) {
        p->pos++;
        return true;
    }
    return false;
}
static bool accept_word(P *p, const char *w)
{
    if (is_word(peek(p), w)) {
        p->pos++;
        return true;
    }
    return false;
}

static void *fail(P *p, const char *fmt, const char *arg)
{
    if (p->failed)
        return NULL;
    p->failed = true;
    Tok *t = peek(p);
    char msg[200];
    snprintf(msg, sizeof msg, fmt, arg);
    pv_raise(&pv_exc_ValueError, "ffi: %s at position %zu: %s", msg,
             (size_t)(t->s - p->text) + 1, p->text);
    return NULL;
}

static char *tokstr(Tok *t)
{
    char *s = malloc(t->len + 1);
    memcpy(s, t->s, t->len);
    s[t->len] = 0;
    return s;
}

static bool expect(P *p, char c)
{
    if (accept(p, c))
        return true;
    char want[2] = {c, 0};
    fail(p, "expected '%s'", want);
    return false;
}

/* ---- declaration specifiers ---- */

static PvCType *declarator(P *p, PvCType *base, char **name);
static int struct_body(P *p, PvCType *st);
static int enum_body(P *p);

static bool is_qualifier(Tok *t)
{
    static const char *const q[] = {"const", "volatile", "restrict", "__restrict",
                                    "extern", "static", "inline", "register", NULL};
    for (int i = 0; q[i]; i++)
        if (is_word(t, q[i]))
            return true;
    return false;
}

static bool starts_type(Tok *t)
{
    static const char *const w[] = {"void", "char", "short", "int", "long", "signed",
                                    "unsigned", "float", "double", "struct", "union",
                                    "enum", "_Bool", NULL};
    if (t->kind != T_IDENT)
        return false;
    if (is_qualifier(t))
        return true;
    for (int i = 0; w[i]; i++)
        if (is_word(t, w[i]))
            return true;
    char *s = tokstr(t);
    bool r = lookup(s) != NULL;
    free(s);
    return r;
}

static PvCType *specifiers(P *p)
{
    int nsigned = 0, nunsigned = 0, nshort = 0, nlong = 0;
    const char *basew = NULL;
    PvCType *named_t = NULL;
    for (;;) {
        Tok *t = peek(p);
        if (t->kind != T_IDENT)
            break;
        if (is_qualifier(t)) {
            p->pos++;
        } else if (is_word(t, "signed")) {
            nsigned++, p->pos++;
        } else if (is_word(t, "unsigned")) {
            nunsigned++, p->pos++;
        } else if (is_word(t, "short")) {
            nshort++, p->pos++;
        } else if (is_word(t, "long")) {
            nlong++, p->pos++;
        } else if (!basew && !named_t &&
                   (is_word(t, "int") || is_word(t, "char") || is_word(t, "void") ||
                    is_word(t, "float") || is_word(t, "double") || is_word(t, "_Bool"))) {
            basew = is_word(t, "int") ? "int" : is_word(t, "char") ? "char"
                  : is_word(t, "void") ? "void" : is_word(t, "float") ? "float"
                  : is_word(t, "double") ? "double" : "_Bool";
            p->pos++;
        } else if (!basew && !named_t && (is_word(t, "struct") || is_word(t, "union"))) {
            bool un = is_word(t, "union");
            p->pos++;
            char *tag = NULL;
            if (peek(p)->kind == T_IDENT)
                tag = tokstr(&p->toks[p->pos++]);
            PvCType *st = pv_ffi_struct_tag(tag ? tag : "", un);
            free(tag);
            if (is_punct(peek(p), '{')) {
                p->pos++;
                if (struct_body(p, st) < 0)
                    return NULL;
            }
            named_t = st;
        } else if (!basew && !named_t && is_word(t, "enum")) {
            p->pos++;
            if (peek(p)->kind == T_IDENT)
                p->pos++;
            if (accept(p, '{') && enum_body(p) < 0)
                return NULL;
            named_t = pv_ffi_prim("int");
        } else if (!basew && !named_t && !nsigned && !nunsigned && !nshort && !nlong) {
            char *s = tokstr(t);
            named_t = lookup(s);
            free(s);
            if (!named_t)
                break;
            p->pos++;
        } else
            break;
    }
    if (named_t) {
        if (basew || nsigned || nunsigned || nshort || nlong)
            return fail(p, "invalid combination of type specifiers%s", "");
        return named_t;
    }
    if (!basew && !nsigned && !nunsigned && !nshort && !nlong) {
        Tok *t = peek(p);
        if (t->kind == T_IDENT) {
            char *s = tokstr(t);
            char msg[160];
            snprintf(msg, sizeof msg, "unknown type name '%s'", s);
            free(s);
            return fail(p, "%s", msg);
        }
        return fail(p, "expected a type%s", "");
    }
    if (nsigned + nunsigned > 1 || nlong > 2 || (nshort && nlong))
        return fail(p, "invalid combination of type specifiers%s", "");
    char buf[40];
    if (!basew)
        basew = "int";
    if (strcmp(basew, "char") == 0) {
        if (nshort || nlong)
            return fail(p, "invalid combination of type specifiers%s", "");
        return pv_ffi_prim(nunsigned ? "unsigned char" : nsigned ? "signed char" : "char");
    }
    if (strcmp(basew, "int") != 0) {
        if (nsigned || nunsigned || nshort || (nlong && strcmp(basew, "double") != 0))
            return fail(p, "invalid combination of type specifiers%s", "");
        if (nlong)
            return fail(p, "long double is not supported%s", "");
        return pv_ffi_prim(basew);
    }
    snprintf(buf, sizeof buf, "%s%s", nunsigned ? "unsigned " : "",
             nshort ? "short" : nlong == 2 ? "long long" : nlong ? "long" : "int");
    return pv_ffi_prim(buf);
}

static int struct_body(P *p, PvCType *st)
{
    const char *names[256];
    char *owned[256];
    PvCType *types[256];
    int n = 0, rc = -1;
    while (!accept(p, '}')) {
        PvCType *base = specifiers(p);
        if (!base)
            goto out;
        do {
            char *name = NULL;
            PvCType *t = declarator(p, base, &name);
            if (!t)
                goto out;
            if (is_punct(peek(p), ':')) {
                free(name);
                fail(p, "bit fields are not supported%s", "");
                goto out;
            }
            if (!name) {
                fail(p, "expected a field name%s", "");
                goto out;
            }
            if (n == 256) {
                free(name);
                fail(p, "too many fields%s", "");
                goto out;
            }
            owned[n] = name;
            names[n] = name;
            types[n++] = t;
        } while (accept(p, ','));
        if (!expect(p, ';'))
            goto out;
    }
    rc = pv_ffi_struct_layout(st, names, types, n, 0);
out:
    for (int i = 0; i < n; i++)
        free(owned[i]);
    return rc;
}

static int enum_body(P *p)
{
    long long next = 0;
    while (!accept(p, '}')) {
        Tok *t = peek(p);
        if (t->kind != T_IDENT) {
            fail(p, "expected an enumerator%s", "");
            return -1;
        }
        char *name = tokstr(t);
        p->pos++;
        if (accept(p, '=')) {
            bool neg = accept(p, '-');
            Tok *v = peek(p);
            if (v->kind == T_NUM) {
                next = neg ? -v->num : v->num;
                p->pos++;
            } else if (v->kind == T_IDENT) {
                char *ref = tokstr(v);
                Value c = pv_dict_get_str(pv_ffi_constants, ref);
                free(ref);
                if (!c) {
                    free(name);
                    fail(p, "unknown constant%s", "");
                    return -1;
                }
                int64_t x;
                pv_int_to_i64(c, &x);
                next = neg ? -x : x;
                p->pos++;
            } else {
                free(name);
                fail(p, "expected a number%s", "");
                return -1;
            }
        }
        Value iv = pv_int_from_i64(next++);
        int r = iv ? pv_dict_set_str(pv_ffi_constants, name, iv) : -1;
        free(name);
        if (r < 0)
            return -1;
        if (!accept(p, ',')) {
            if (!expect(p, '}'))
                return -1;
            break;
        }
    }
    return 0;
}

/* ---- declarators ---- */

static PvCType *suffixes(P *p, PvCType *base);

static PvCType *func_type(P *p, PvCType *ret)
{
    PvCType *params[64];
    int n = 0;
    bool variadic = false;
    if (is_word(peek(p), "void") && is_punct(peek2(p), ')')) {
        p->pos += 2;
    } else if (!accept(p, ')')) {
        for (;;) {
            if (peek(p)->kind == T_ELLIPSIS) {
                p->pos++;
                variadic = true;
                if (!expect(p, ')'))
                    return NULL;
                break;
            }
            PvCType *b = specifiers(p);
            if (!b)
                return NULL;
            char *nm = NULL;
            PvCType *t = declarator(p, b, &nm);
            free(nm);
            if (!t)
                return NULL;
            if (t->kind == PV_CT_ARRAY)
                t = pv_ffi_pointer_to(t->item);
            else if (t->kind == PV_CT_FUNC)
                t = pv_ffi_pointer_to(t);
            if (t->kind == PV_CT_VOID)
                return fail(p, "void parameter%s", "");
            if (n == 64)
                return fail(p, "too many parameters%s", "");
            params[n++] = t;
            if (accept(p, ')'))
                break;
            if (!expect(p, ','))
                return NULL;
        }
    }
    if (ret->kind == PV_CT_ARRAY || ret->kind == PV_CT_FUNC)
        return fail(p, "a function cannot return an array or a function%s", "");
    char buf[512];
    size_t k = (size_t)snprintf(buf, sizeof buf, "%s(", ret->name);
    for (int i = 0; i < n && k < sizeof buf; i++)
        k += (size_t)snprintf(buf + k, sizeof buf - k, "%s%s", i ? ", " : "", params[i]->name);
    if (variadic && k < sizeof buf)
        k += (size_t)snprintf(buf + k, sizeof buf - k, "%s...", n ? ", " : "");
    if (k < sizeof buf)
        snprintf(buf + k, sizeof buf - k, ")");
    PvCType *f = ct_alloc(PV_CT_FUNC, 1, 1, buf);
    f->item = ret;
    f->nparams = n;
    f->variadic = variadic;
    f->params = malloc(((size_t)n + 1) * sizeof(PvCType *));
    memcpy(f->params, params, (size_t)n * sizeof(PvCType *));
    return f;
}

static PvCType *suffixes(P *p, PvCType *base)
{
    if (accept(p, '[')) {
        ssize_t n = -1;
        Tok *t = peek(p);
        if (t->kind == T_NUM) {
            n = (ssize_t)t->num;
            p->pos++;
        } else if (t->kind == T_IDENT) {
            char *s = tokstr(t);
            Value c = pv_dict_get_str(pv_ffi_constants, s);
            free(s);
            int64_t x;
            if (!c || pv_int_to_i64(c, &x) < 0)
                return fail(p, "expected an array length%s", "");
            n = (ssize_t)x;
            p->pos++;
        }
        if (!expect(p, ']'))
            return NULL;
        PvCType *inner = suffixes(p, base);
        if (!inner)
            return NULL;
        if (inner->kind == PV_CT_VOID || inner->kind == PV_CT_FUNC)
            return fail(p, "invalid array item type%s", "");
        return pv_ffi_array_of(inner, n);
    }
    if (accept(p, '('))
        return func_type(p, base);
    return base;
}

static PvCType *declarator(P *p, PvCType *base, char **name)
{
    if (!base)
        return NULL;
    while (accept(p, '*')) {
        base = pv_ffi_pointer_to(base);
        while (is_qualifier(peek(p)))
            p->pos++;
    }
    if (is_punct(peek(p), '(') && (is_punct(peek2(p), '*') || is_punct(peek2(p), '('))) {
        /* "(declarator) suffixes": the suffixes apply first */
        size_t open = p->pos;
        int depth = 0;
        do {
            Tok *t = peek(p);
            if (t->kind == T_END)
                return fail(p, "unbalanced parentheses%s", "");
            if (is_punct(t, '('))
                depth++;
            else if (is_punct(t, ')'))
                depth--;
            p->pos++;
        } while (depth > 0);
        PvCType *outer = suffixes(p, base);
        if (!outer)
            return NULL;
        size_t end = p->pos;
        p->pos = open + 1;
        PvCType *t = declarator(p, outer, name);
        if (!t || !expect(p, ')'))
            return NULL;
        p->pos = end;
        return t;
    }
    if (peek(p)->kind == T_IDENT && !starts_type(peek(p))) {
        free(*name);
        *name = tokstr(peek(p));
        p->pos++;
    }
    return suffixes(p, base);
}

/* ---- entry points ---- */

static int begin(P *p, const char *text)
{
    init_prims();
    memset(p, 0, sizeof *p);
    p->text = text;
    return tokenize(p);
}

PvCType *pv_ffi_parse_type(const char *text)
{
    P p;
    begin(&p, text);
    char *name = NULL;
    PvCType *t = declarator(&p, specifiers(&p), &name);
    if (t && name)
        t = fail(&p, "unexpected name in a type%s", "");
    if (t && peek(&p)->kind != T_END)
        t = fail(&p, "unexpected text after the type%s", "");
    free(name);
    free(p.toks);
    return t;
}

PvCType *pv_ffi_parse_decl(const char *text, char **name)
{
    P p;
    begin(&p, text);
    *name = NULL;
    PvCType *t = declarator(&p, specifiers(&p), name);
    accept(&p, ';');
    if (t && !*name)
        t = fail(&p, "expected a name%s", "");
    if (t && peek(&p)->kind != T_END)
        t = fail(&p, "unexpected text after the declaration%s", "");
    if (!t) {
        free(*name);
        *name = NULL;
    }
    free(p.toks);
    return t;
}

int pv_ffi_cdef(const char *text, int (*fn)(void *ctx, const char *name, PvCType *t),
                void *ctx)
{
    P p;
    begin(&p, text);
    int rc = 0;
    while (peek(&p)->kind != T_END && rc == 0) {
        if (accept(&p, ';'))
            continue;
        bool is_typedef = accept_word(&p, "typedef");
        PvCType *base = specifiers(&p);
        if (!base) {
            rc = -1;
            break;
        }
        if (accept(&p, ';'))
            continue; /* "struct point {...};" */
        do {
            char *name = NULL;
            PvCType *t = declarator(&p, base, &name);
            if (!t) {
                rc = -1;
            } else if (!name) {
                fail(&p, "expected a name%s", "");
                rc = -1;
            } else if (is_typedef) {
                define(name, t);
            } else if (fn && fn(ctx, name, t) < 0) {
                rc = -1;
            }
            free(name);
        } while (rc == 0 && accept(&p, ','));
        if (rc == 0 && !expect(&p, ';'))
            rc = -1;
    }
    free(p.toks);
    return rc;
}
