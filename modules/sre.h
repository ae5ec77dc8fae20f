/* sre.h: private header of the _sre module (sre.c: module, Pattern and
 * Scanner; sre_match.c: Match objects; sre_exec.c + sre_core.h: the
 * matching engine). It runs the code that CPython 3.11's re._compiler
 * emits (MAGIC 20220615). */
#ifndef PV_SRE_H
#define PV_SRE_H

#include "pv.h"

#define SRE_MAGIC 20220615
#define SRE_MAXREPEAT 4294967295u
#define SRE_MAXGROUPS 1073741823

typedef uint32_t SreCode;

enum {
    SRE_OP_FAILURE, SRE_OP_SUCCESS, SRE_OP_ANY, SRE_OP_ANY_ALL, SRE_OP_ASSERT,
    SRE_OP_ASSERT_NOT, SRE_OP_AT, SRE_OP_BRANCH, SRE_OP_CATEGORY, SRE_OP_CHARSET,
    SRE_OP_BIGCHARSET, SRE_OP_GROUPREF, SRE_OP_GROUPREF_EXISTS, SRE_OP_IN,
    SRE_OP_INFO, SRE_OP_JUMP, SRE_OP_LITERAL, SRE_OP_MARK, SRE_OP_MAX_UNTIL,
    SRE_OP_MIN_UNTIL, SRE_OP_NOT_LITERAL, SRE_OP_NEGATE, SRE_OP_RANGE,
    SRE_OP_REPEAT, SRE_OP_REPEAT_ONE, SRE_OP_SUBPATTERN, SRE_OP_MIN_REPEAT_ONE,
    SRE_OP_ATOMIC_GROUP, SRE_OP_POSSESSIVE_REPEAT, SRE_OP_POSSESSIVE_REPEAT_ONE,
    SRE_OP_GROUPREF_IGNORE, SRE_OP_IN_IGNORE, SRE_OP_LITERAL_IGNORE,
    SRE_OP_NOT_LITERAL_IGNORE, SRE_OP_GROUPREF_LOC_IGNORE, SRE_OP_IN_LOC_IGNORE,
    SRE_OP_LITERAL_LOC_IGNORE, SRE_OP_NOT_LITERAL_LOC_IGNORE,
    SRE_OP_GROUPREF_UNI_IGNORE, SRE_OP_IN_UNI_IGNORE, SRE_OP_LITERAL_UNI_IGNORE,
    SRE_OP_NOT_LITERAL_UNI_IGNORE, SRE_OP_RANGE_UNI_IGNORE,
};
enum {
    SRE_AT_BEGINNING, SRE_AT_BEGINNING_LINE, SRE_AT_BEGINNING_STRING,
    SRE_AT_BOUNDARY, SRE_AT_NON_BOUNDARY, SRE_AT_END, SRE_AT_END_LINE,
    SRE_AT_END_STRING, SRE_AT_LOC_BOUNDARY, SRE_AT_LOC_NON_BOUNDARY,
    SRE_AT_UNI_BOUNDARY, SRE_AT_UNI_NON_BOUNDARY,
};
enum {
    SRE_CAT_DIGIT, SRE_CAT_NOT_DIGIT, SRE_CAT_SPACE, SRE_CAT_NOT_SPACE,
    SRE_CAT_WORD, SRE_CAT_NOT_WORD, SRE_CAT_LINEBREAK, SRE_CAT_NOT_LINEBREAK,
    SRE_CAT_LOC_WORD, SRE_CAT_LOC_NOT_WORD, SRE_CAT_UNI_DIGIT,
    SRE_CAT_UNI_NOT_DIGIT, SRE_CAT_UNI_SPACE, SRE_CAT_UNI_NOT_SPACE,
    SRE_CAT_UNI_WORD, SRE_CAT_UNI_NOT_WORD, SRE_CAT_UNI_LINEBREAK,
    SRE_CAT_UNI_NOT_LINEBREAK,
};
enum { SRE_INFO_PREFIX = 1, SRE_INFO_LITERAL = 2, SRE_INFO_CHARSET = 4 };
enum {
    SRE_FLAG_TEMPLATE = 1, SRE_FLAG_IGNORECASE = 2, SRE_FLAG_LOCALE = 4,
    SRE_FLAG_MULTILINE = 8, SRE_FLAG_DOTALL = 16, SRE_FLAG_UNICODE = 32,
    SRE_FLAG_VERBOSE = 64, SRE_FLAG_DEBUG = 128, SRE_FLAG_ASCII = 256,
};

/* A compiled pattern: the code words are stored inline. */
typedef struct SrePattern {
    PvObj h;
    Value pattern;     /* str, bytes or None */
    Value groupindex;  /* dict name -> index */
    Value indexgroup;  /* tuple index -> name or None */
    int64_t flags;
    ssize_t groups;
    int isbytes;       /* pattern is bytes (-1: no source pattern) */
    size_t ncode;
    SreCode code[];
} SrePattern;

/* One entry of the backtracking stack (heap memory, no Values). Choice
 * points keep lastmark and lastindex in e. */
typedef struct SreEntry { int32_t kind, a; ssize_t b, c, e; } SreEntry;
/* A REPEAT ... MAX_UNTIL/MIN_UNTIL context. */
typedef struct SreRepeat { ssize_t count, last; size_t pc; ssize_t prev; } SreRepeat;

#define SRE_INLINE_MARKS 20

/* The subject and the matcher's working memory. Values live in the
 * owner (a C local or a GC object); the malloc'd arrays hold only ints. */
typedef struct SreState {
    const void *data;      /* chars: uint8_t (bytes, ASCII str) or uint32_t */
    int wide;              /* 1: data is uint32_t */
    int isbytes;
    ssize_t length;        /* of the whole subject */
    ssize_t pos, endpos;   /* the slice searched */
    ssize_t start, ptr;    /* last match: [start, ptr) */
    ssize_t *marks;        /* 2 per group, -1 unset */
    ssize_t nmarks;
    ssize_t lastindex;
    ssize_t lastmark;      /* highest mark set: marks above it are stale */
    bool match_all, must_advance;
    SreEntry *stk;
    size_t sp, cap;
    SreRepeat *reps;
    size_t nreps, repcap;
    SreEntry *pend;        /* mark undo records met while backtracking */
    size_t npend, pendcap;
    ssize_t inline_marks[SRE_INLINE_MARKS];
    struct WideBuf *wide_buf; /* decoded non-ASCII str (shared, counted), or NULL */
} SreState;

/* Did group g (1-based) take part in the last match? As CPython: its
 * marks are below lastmark and both set. */
static inline bool pv_sre_group_set(const SreState *st, ssize_t g)
{
    return 2 * g - 1 <= st->lastmark && st->marks[2 * g - 2] >= 0 && st->marks[2 * g - 1] >= 0;
}

/* sre_exec.c */
int pv_sre_state_init(SreState *st, SrePattern *p, Value string, ssize_t pos, ssize_t endpos);
void pv_sre_state_fini(SreState *st);
void pv_sre_state_reset(SreState *st);
/* 1 match ([st->start, st->ptr) and marks), 0 none, -1 exception. */
int pv_sre_match(SreState *st, SrePattern *p, ssize_t at, bool match_all);
int pv_sre_search(SreState *st, SrePattern *p, ssize_t from);
/* Borrowed bytes of a bytes-like subject; false if not bytes-like. */
bool pv_sre_bytes(Value v, const char **data, size_t *size);
uint32_t pv_sre_lower_uni(uint32_t ch);
uint32_t pv_sre_upper_uni(uint32_t ch);

/* sre_match.c */
extern PvType pv_sre_match_type;
Value pv_sre_match_new(SrePattern *p, Value string, SreState *st);
/* The text of group i of match m or dflt when it did not take part. */
Value pv_sre_match_group(Value m, ssize_t i, Value dflt);
ssize_t pv_sre_match_span(Value m, ssize_t i, bool end);
/* Slice [a, b) of a subject as str or bytes. */
Value pv_sre_slice(Value string, int isbytes, ssize_t a, ssize_t b);

/* sre.c */
extern PvType pv_sre_pattern_type;
/* The text of group i (0: the whole match) of the state's last match, or
 * dflt when the group did not take part. */
Value pv_sre_state_group(SreState *st, Value string, ssize_t i, Value dflt);

/* CPython's argument-clinic errors: too many arguments, unknown keyword. */
int pv_sre_check_kw(const char *fname, size_t nargs, Value kwnames, const char *const *kwlist);

/* sre_sub.c: Pattern.sub (subn false) and Pattern.subn. */
Value pv_sre_sub(Value self, Value *args, size_t nargs, Value kwnames, bool subn);

#endif
