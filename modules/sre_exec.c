/* sre_exec.c: the _sre matching engine. Character classes, case mappings
 * and set tests are shared; the matcher itself (sre_core.h) is compiled
 * twice, for 8-bit subjects (bytes, ASCII str) and for 32-bit ones
 * (non-ASCII str, decoded once per call). Backtracking uses an explicit
 * heap stack of choice points and undo records, never the C stack. */
#include "sre.h"
#include "str_impl.h"
#include "sched.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- character classes and case ---- */

enum { C_DIGIT = 1, C_SPACE = 2, C_WORD = 4 };
static unsigned char ascii_class[128];

static void init_ascii_class(void)
{
    for (int c = 0; c < 128; c++) {
        unsigned char f = 0;
        if (c >= '0' && c <= '9') f |= C_DIGIT | C_WORD;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') f |= C_WORD;
        if (c == ' ' || (c >= 9 && c <= 13)) f |= C_SPACE;
        ascii_class[c] = f;
    }
}

static inline bool is_ascii_word(uint32_t ch) { return ch < 128 && (ascii_class[ch] & C_WORD); }
static inline bool is_loc_word(uint32_t ch)
{
    return ch < 256 && (isalnum((int)ch) || ch == '_');
}
static inline bool is_uni_word(uint32_t ch)
{
    if (ch < 128) return ascii_class[ch] & C_WORD;
    return (pv_uc_flags(ch) & (PV_UC_ALPHA | PV_UC_DECIMAL | PV_UC_DIGIT | PV_UC_NUMERIC)) != 0;
}
static inline uint32_t lower_ascii(uint32_t ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }
static inline uint32_t lower_loc(uint32_t ch) { return ch < 256 ? (uint32_t)tolower((int)ch) : ch; }
static inline uint32_t upper_loc(uint32_t ch) { return ch < 256 ? (uint32_t)toupper((int)ch) : ch; }

/* Simple (one code point) case mappings: the first code point of the full
 * mapping, as CPython's _PyUnicode_ToLowercase/ToUppercase. */
uint32_t pv_sre_lower_uni(uint32_t ch)
{
    if (ch < 128) return lower_ascii(ch);
    uint32_t out[3];
    return pv_uc_lower(ch, out) > 0 ? out[0] : ch;
}
uint32_t pv_sre_upper_uni(uint32_t ch)
{
    if (ch < 128) return ch >= 'a' && ch <= 'z' ? ch - 32 : ch;
    uint32_t out[3];
    return pv_uc_upper(ch, out) > 0 ? out[0] : ch;
}
#define lower_uni pv_sre_lower_uni
#define upper_uni pv_sre_upper_uni

static inline bool char_loc_ignore(uint32_t pat, uint32_t ch)
{
    return ch == pat || lower_loc(ch) == pat || upper_loc(ch) == pat;
}

static bool category(SreCode cat, uint32_t ch)
{
    switch (cat) {
    case SRE_CAT_DIGIT: return ch < 128 && (ascii_class[ch] & C_DIGIT);
    case SRE_CAT_NOT_DIGIT: return !(ch < 128 && (ascii_class[ch] & C_DIGIT));
    case SRE_CAT_SPACE: return ch < 128 && (ascii_class[ch] & C_SPACE);
    case SRE_CAT_NOT_SPACE: return !(ch < 128 && (ascii_class[ch] & C_SPACE));
    case SRE_CAT_WORD: return is_ascii_word(ch);
    case SRE_CAT_NOT_WORD: return !is_ascii_word(ch);
    case SRE_CAT_LINEBREAK: return ch == '\n';
    case SRE_CAT_NOT_LINEBREAK: return ch != '\n';
    case SRE_CAT_LOC_WORD: return is_loc_word(ch);
    case SRE_CAT_LOC_NOT_WORD: return !is_loc_word(ch);
    case SRE_CAT_UNI_DIGIT:
        return ch < 128 ? (ascii_class[ch] & C_DIGIT) != 0 : (pv_uc_flags(ch) & PV_UC_DECIMAL) != 0;
    case SRE_CAT_UNI_NOT_DIGIT:
        return ch < 128 ? !(ascii_class[ch] & C_DIGIT) : !(pv_uc_flags(ch) & PV_UC_DECIMAL);
    case SRE_CAT_UNI_SPACE: return pv_uc_isspace(ch);
    case SRE_CAT_UNI_NOT_SPACE: return !pv_uc_isspace(ch);
    case SRE_CAT_UNI_WORD: return is_uni_word(ch);
    case SRE_CAT_UNI_NOT_WORD: return !is_uni_word(ch);
    case SRE_CAT_UNI_LINEBREAK:
        return ch < 128 ? (ch >= 10 && ch <= 13) || (ch >= 28 && ch <= 30)
                        : (pv_uc_flags(ch) & PV_UC_LINEBREAK) != 0;
    case SRE_CAT_UNI_NOT_LINEBREAK:
        return ch < 128 ? !((ch >= 10 && ch <= 13) || (ch >= 28 && ch <= 30))
                        : !(pv_uc_flags(ch) & PV_UC_LINEBREAK);
    }
    return false;
}

/* Is ch in the set program starting at set (ended by FAILURE)? */
static bool charset(const SreCode *set, uint32_t ch)
{
    bool ok = true;
    for (;;) {
        switch (*set++) {
        case SRE_OP_FAILURE:
            return !ok;
        case SRE_OP_LITERAL:
            if (ch == set[0]) return ok;
            set++;
            break;
        case SRE_OP_CATEGORY:
            if (category(set[0], ch)) return ok;
            set++;
            break;
        case SRE_OP_CHARSET:
            if (ch < 256 && (set[ch >> 5] & (1u << (ch & 31)))) return ok;
            set += 256 / 32;
            break;
        case SRE_OP_RANGE:
            if (set[0] <= ch && ch <= set[1]) return ok;
            set += 2;
            break;
        case SRE_OP_RANGE_UNI_IGNORE: {
            if (set[0] <= ch && ch <= set[1]) return ok;
            uint32_t up = upper_uni(ch);
            if (set[0] <= up && up <= set[1]) return ok;
            set += 2;
            break;
        }
        case SRE_OP_NEGATE:
            ok = !ok;
            break;
        case SRE_OP_BIGCHARSET: {
            SreCode count = *set++;
            int block = ch < 0x10000 ? ((const unsigned char *)set)[ch >> 8] : -1;
            set += 256 / sizeof(SreCode);
            if (block >= 0 && (set[((size_t)block * 256 + (ch & 255)) >> 5] & (1u << (ch & 31))))
                return ok;
            set += count * (256 / 32);
            break;
        }
        default:
            return false;
        }
    }
}

static bool charset_loc_ignore(const SreCode *set, uint32_t ch)
{
    uint32_t lo = lower_loc(ch);
    if (charset(set, lo)) return true;
    uint32_t up = upper_loc(ch);
    return up != lo && charset(set, up);
}

/* One character against a single-width item (the body of REPEAT_ONE and
 * friends): 1 yes, 0 no, -1 not a single-width item. */
static inline int one(const SreCode *pc, uint32_t ch)
{
    switch (pc[0]) {
    case SRE_OP_ANY: return ch != '\n';
    case SRE_OP_ANY_ALL: return 1;
    case SRE_OP_LITERAL: return ch == pc[1];
    case SRE_OP_NOT_LITERAL: return ch != pc[1];
    case SRE_OP_LITERAL_IGNORE: return lower_ascii(ch) == pc[1];
    case SRE_OP_NOT_LITERAL_IGNORE: return lower_ascii(ch) != pc[1];
    case SRE_OP_LITERAL_UNI_IGNORE: return lower_uni(ch) == pc[1];
    case SRE_OP_NOT_LITERAL_UNI_IGNORE: return lower_uni(ch) != pc[1];
    case SRE_OP_LITERAL_LOC_IGNORE: return char_loc_ignore(pc[1], ch);
    case SRE_OP_NOT_LITERAL_LOC_IGNORE: return !char_loc_ignore(pc[1], ch);
    case SRE_OP_IN: return charset(pc + 2, ch);
    case SRE_OP_IN_IGNORE: return charset(pc + 2, lower_ascii(ch));
    case SRE_OP_IN_UNI_IGNORE: return charset(pc + 2, lower_uni(ch));
    case SRE_OP_IN_LOC_IGNORE: return charset_loc_ignore(pc + 2, ch);
    case SRE_OP_CATEGORY: return category(pc[1], ch);
    }
    return -1;
}

/* ---- the backtracking stack ---- */

enum {
    /* undo records: kept when a frame's choices are cut */
    K_MARK, K_REP, K_CURREP, K_REPALLOC,
    /* a construct that restores marks on failure but has no choice left */
    K_RMARK,
    /* choice points */
    K_BRANCH, K_REP1, K_MINREP1, K_TAIL, K_MINBODY,
    /* frames (sub-matches ending at SUCCESS) */
    K_ASSERT, K_ASSERT_NOT, K_ATOMIC, K_POSS,
};
/* Flag of choice points and frames: backtracking into them restores the
 * marks' values (CPython saves them only inside REPEATs and for a few
 * operators; elsewhere only lastmark and lastindex come back). */
#define K_RESTORE 0x100
#define KIND(k) ((k) & 0xff)

static int grow_stack(SreState *st)
{
    size_t ncap = st->cap ? st->cap * 2 : 256;
    SreEntry *n = realloc(st->stk, ncap * sizeof(SreEntry));
    if (!n) {
        pv_nomemory();
        return -1;
    }
    st->stk = n;
    st->cap = ncap;
    return 0;
}

static inline ssize_t lm_pack(const SreState *st)
{
    return (ssize_t)(((uint64_t)(st->lastindex + 1) << 32) | (uint32_t)(st->lastmark + 1));
}
static inline void lm_unpack(SreState *st, ssize_t e)
{
    st->lastmark = (ssize_t)((uint64_t)e & 0xffffffffu) - 1;
    st->lastindex = (ssize_t)((uint64_t)e >> 32) - 1;
}

/* Mark undo records popped while backtracking wait in st->pend until the
 * construct backtracked into says whether it restores marks: then they
 * are applied (newest first), else put back on the stack, oldest lowest,
 * for the constructs below. This reproduces CPython's captures exactly. */
static int pend_add(SreState *st, const SreEntry *e)
{
    if (st->npend == st->pendcap) {
        size_t ncap = st->pendcap ? st->pendcap * 2 : 64;
        SreEntry *n = realloc(st->pend, ncap * sizeof(SreEntry));
        if (!n) {
            pv_nomemory();
            return -1;
        }
        st->pend = n;
        st->pendcap = ncap;
    }
    st->pend[st->npend++] = *e;
    return 0;
}

static void pend_apply(SreState *st)
{
    for (size_t i = 0; i < st->npend; i++)
        st->marks[st->pend[i].a] = st->pend[i].b;
    st->npend = 0;
}

static int pend_resolve(SreState *st, bool restore)
{
    if (restore) {
        pend_apply(st);
        return 0;
    }
    while (st->npend) {
        if (st->sp == st->cap && grow_stack(st) < 0) return -1;
        st->stk[st->sp++] = st->pend[--st->npend];
    }
    return 0;
}

static int grow_reps(SreState *st)
{
    size_t ncap = st->repcap ? st->repcap * 2 : 16;
    SreRepeat *n = realloc(st->reps, ncap * sizeof(SreRepeat));
    if (!n) {
        pv_nomemory();
        return -1;
    }
    st->reps = n;
    st->repcap = ncap;
    return 0;
}

/* Drop the choice points above frame f (and f itself), keeping the undo
 * records so that backtracking past the frame still restores state. */
static void cut_frame(SreState *st, size_t f)
{
    size_t w = f;
    for (size_t r = f + 1; r < st->sp; r++)
        if (KIND(st->stk[r].kind) <= K_REPALLOC)
            st->stk[w++] = st->stk[r];
    st->sp = w;
}

/* Every 2^20 steps: let Ctrl-C interrupt a runaway match. */
static int check_signals(void)
{
    if (pv_signals_pending() && pv_sched_real_sleep(1000) < 0)
        return -1;
    return pv_err_occurred() ? -1 : 0;
}

static Value internal_error(void)
{
    return pv_raise(&pv_exc_RuntimeError, "internal error in regular expression engine");
}

#define SRE_CHAR uint8_t
#define SRE(name) name##_8
#include "sre_core.h"
#undef SRE_CHAR
#undef SRE

#define SRE_CHAR uint32_t
#define SRE(name) name##_32
#include "sre_core.h"
#undef SRE_CHAR
#undef SRE

/* ---- state ---- */

bool pv_sre_bytes(Value v, const char **data, size_t *size)
{
    if (pv_bytes_like(v, data, size))
        return true;
    void *p;
    bool w;
    if (pv_array_buffer(v, &p, size, &w)) {
        *data = p;
        return true;
    }
    return false;
}

/* Non-ASCII str subjects are decoded to code points. The last one is
 * cached (its str kept alive) so that repeated calls on one string, as a
 * tokenizer's pattern.match(s, pos) loop makes, decode it once. */
typedef struct WideBuf { uint32_t *buf; size_t n; int refs; } WideBuf;
static Value cache_str;
static WideBuf *cache_wb;

static void wide_release(WideBuf *w)
{
    if (--w->refs == 0) {
        free(w->buf);
        free(w);
    }
}

static WideBuf *wide_get(Value string)
{
    if (cache_str == string && cache_wb) {
        cache_wb->refs++;
        return cache_wb;
    }
    size_t n = pv_str_len(string);
    WideBuf *w = malloc(sizeof *w);
    uint32_t *buf = malloc((n + 1) * sizeof(uint32_t));
    if (!w || !buf) {
        free(w);
        free(buf);
        pv_nomemory();
        return NULL;
    }
    const unsigned char *s = (const unsigned char *)pv_str_data(string);
    for (size_t i = 0; i < n; i++) {
        int l;
        buf[i] = pv_utf8_get(s, &l);
        s += l;
    }
    buf[n] = 0; /* as the NUL after str data: read by $ at the end */
    w->buf = buf;
    w->n = n;
    w->refs = 2; /* the caller's and the cache's */
    if (!cache_str)
        pv_gc_add_root(&cache_str);
    if (cache_wb)
        wide_release(cache_wb);
    cache_wb = w;
    cache_str = string;
    return w;
}

/* Stacks of a finished state, handed to the next one: most calls then
 * allocate nothing. A state owns its stacks while it lives (a sub()
 * callback may run other matches meanwhile). */
#define POOL_MAX 65536
static struct { SreEntry *stk; size_t cap; SreRepeat *reps; size_t repcap; } pool;

int pv_sre_state_init(SreState *st, SrePattern *p, Value string, ssize_t pos, ssize_t endpos)
{
    static bool ready;
    if (!ready) {
        init_ascii_class();
        ready = true;
    }
    memset(st, 0, sizeof *st);
    st->stk = pool.stk;
    st->cap = pool.cap;
    st->reps = pool.reps;
    st->repcap = pool.repcap;
    pool.stk = NULL;
    pool.reps = NULL;
    pool.cap = pool.repcap = 0;
    if (pv_is_str(string)) {
        st->isbytes = 0;
        st->length = (ssize_t)pv_str_len(string);
        if (pv_str_is_ascii(string)) {
            st->data = pv_str_data(string);
        } else {
            WideBuf *w = wide_get(string);
            if (!w) {
                pv_sre_state_fini(st);
                return -1;
            }
            st->wide_buf = w;
            st->data = w->buf;
            st->wide = 1;
        }
    } else {
        const char *d;
        size_t n;
        if (!pv_sre_bytes(string, &d, &n)) {
            pv_sre_state_fini(st);
            pv_raise(&pv_exc_TypeError, "expected string or bytes-like object, got '%T'", string);
            return -1;
        }
        st->isbytes = 1;
        st->length = (ssize_t)n;
        st->data = d;
    }
    if (p->isbytes >= 0) {
        if (!p->isbytes && st->isbytes) {
            pv_sre_state_fini(st);
            pv_raise(&pv_exc_TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        if (p->isbytes && !st->isbytes) {
            pv_sre_state_fini(st);
            pv_raise(&pv_exc_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
    }
    if (pos < 0) pos = 0;
    if (pos > st->length) pos = st->length;
    if (endpos < 0) endpos = 0;
    if (endpos > st->length) endpos = st->length;
    st->pos = pos;
    st->endpos = endpos;
    st->start = st->ptr = pos;
    st->nmarks = 2 * p->groups;
    if (st->nmarks <= SRE_INLINE_MARKS)
        st->marks = st->inline_marks;
    else
        st->marks = malloc((size_t)st->nmarks * sizeof(ssize_t));
    if (!st->marks) {
        pv_sre_state_fini(st);
        pv_nomemory();
        return -1;
    }
    pv_sre_state_reset(st);
    return 0;
}

void pv_sre_state_reset(SreState *st)
{
    for (ssize_t i = 0; i < st->nmarks; i++)
        st->marks[i] = -1;
    st->lastindex = -1;
    st->lastmark = -1;
    st->npend = 0;
    st->sp = 0;
    st->nreps = 0;
}

void pv_sre_state_fini(SreState *st)
{
    if (st->wide_buf)
        wide_release(st->wide_buf);
    st->wide_buf = NULL;
    if (st->marks != st->inline_marks)
        free(st->marks);
    /* keep the biggest stacks for the next state */
    if (st->stk && st->cap > pool.cap && st->cap <= POOL_MAX) {
        free(pool.stk);
        pool.stk = st->stk;
        pool.cap = st->cap;
    } else {
        free(st->stk);
    }
    if (st->reps && st->repcap > pool.repcap && st->repcap <= POOL_MAX) {
        free(pool.reps);
        pool.reps = st->reps;
        pool.repcap = st->repcap;
    } else {
        free(st->reps);
    }
    free(st->pend);
    st->pend = NULL;
    st->npend = st->pendcap = 0;
    st->marks = NULL;
    st->stk = NULL;
    st->reps = NULL;
    st->cap = st->repcap = 0;
}

int pv_sre_match(SreState *st, SrePattern *p, ssize_t at, bool match_all)
{
    pv_sre_state_reset(st);
    st->start = at;
    st->match_all = match_all;
    int r = st->wide ? run_32(st, p->code, at) : run_8(st, p->code, at);
    st->match_all = false;
    return r;
}

int pv_sre_search(SreState *st, SrePattern *p, ssize_t from)
{
    st->match_all = false;
    return st->wide ? search_32(st, p->code, from) : search_8(st, p->code, from);
}
