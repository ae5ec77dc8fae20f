/* sre_core.h: the matcher, included twice by sre_exec.c with SRE_CHAR
 * (uint8_t / uint32_t) and SRE(name) defined.
 *
 * run() walks the code with (pc, ptr). Every decision that may be undone
 * pushes a choice point on st->stk; every change of state (a mark, a
 * repeat counter, the current repeat) pushes an undo record. Failure pops
 * entries, undoing changes, until it finds a choice point to resume.
 * Lookarounds, atomic groups and possessive repeats run their body as a
 * frame: a stack entry marking where the body started; the body's SUCCESS
 * ends the frame, cutting the choice points it left. */

/* Is ptr at the position described by `at`? */
static bool SRE(at)(const SreState *st, const SRE_CHAR *s, ssize_t ptr, SreCode at)
{
    ssize_t end = st->endpos;
    bool a, b;
    switch (at) {
    case SRE_AT_BEGINNING:
    case SRE_AT_BEGINNING_STRING:
        return ptr == 0;
    case SRE_AT_BEGINNING_LINE:
        return ptr == 0 || s[ptr - 1] == '\n';
    case SRE_AT_END:
        return ptr == end || (ptr == end - 1 && s[ptr] == '\n');
    case SRE_AT_END_LINE:
        return ptr == end || s[ptr] == '\n';
    case SRE_AT_END_STRING:
        return ptr == end;
    case SRE_AT_BOUNDARY:
    case SRE_AT_NON_BOUNDARY:
        if (end == 0) return false;
        a = ptr > 0 && is_ascii_word(s[ptr - 1]);
        b = ptr < end && is_ascii_word(s[ptr]);
        return at == SRE_AT_BOUNDARY ? a != b : a == b;
    case SRE_AT_LOC_BOUNDARY:
    case SRE_AT_LOC_NON_BOUNDARY:
        if (end == 0) return false;
        a = ptr > 0 && is_loc_word(s[ptr - 1]);
        b = ptr < end && is_loc_word(s[ptr]);
        return at == SRE_AT_LOC_BOUNDARY ? a != b : a == b;
    case SRE_AT_UNI_BOUNDARY:
    case SRE_AT_UNI_NON_BOUNDARY:
        if (end == 0) return false;
        a = ptr > 0 && is_uni_word(s[ptr - 1]);
        b = ptr < end && is_uni_word(s[ptr]);
        return at == SRE_AT_UNI_BOUNDARY ? a != b : a == b;
    }
    return false;
}

/* How many characters from ptr (at most maxcount) match the single-width
 * item at pc; -1 with an exception for an unexpected item. */
static ssize_t SRE(count)(const SreState *st, const SreCode *pc, ssize_t ptr, SreCode maxcount)
{
    const SRE_CHAR *s = st->data;
    ssize_t end = st->endpos, p = ptr;
    if (maxcount != SRE_MAXREPEAT && (ssize_t)maxcount < end - ptr)
        end = ptr + (ssize_t)maxcount;
    uint32_t c = pc[1];
    switch (pc[0]) {
    case SRE_OP_ANY_ALL:
        return end - ptr;
    case SRE_OP_ANY:
        while (p < end && s[p] != '\n') p++;
        return p - ptr;
    case SRE_OP_LITERAL:
        while (p < end && s[p] == c) p++;
        return p - ptr;
    case SRE_OP_NOT_LITERAL:
        while (p < end && s[p] != c) p++;
        return p - ptr;
    case SRE_OP_IN:
        while (p < end && charset(pc + 2, s[p])) p++;
        return p - ptr;
    default:
        while (p < end) {
            int r = one(pc, s[p]);
            if (r < 0) {
                internal_error();
                return -1;
            }
            if (!r) break;
            p++;
        }
        return p - ptr;
    }
}

#define PUSH(K, A, B, C)                                                 \
    do {                                                                 \
        if (st->sp == st->cap && grow_stack(st) < 0) return -1;          \
        SreEntry *e_ = &st->stk[st->sp++];                               \
        e_->kind = (K); e_->a = (int32_t)(A); e_->b = (B); e_->c = (C); \
        e_->e = lm_pack(st);                                             \
    } while (0)
/* Frames keep the enclosing frame and (POSSESSIVE_REPEAT) the iteration
 * count in c. */
#define FR_PACK(f, n) ((ssize_t)(((uint64_t)(n) << 32) | (uint32_t)((f) + 1)))
#define FR_FRAME(c) ((ssize_t)((uint64_t)(c) & 0xffffffffu) - 1)
#define FR_COUNT(c) ((ssize_t)((uint64_t)(c) >> 32))
#define FAIL goto fail
#define OFF(p) ((p) - code)

/* Match code at ptr: 1 (st->ptr is the end), 0 no match, -1 exception. */
static int SRE(run)(SreState *st, const SreCode *code, ssize_t ptr)
{
    const SRE_CHAR *s = st->data;
    const ssize_t end = st->endpos;
    const SreCode *pc = code;
    ssize_t frame = -1, cur_rep = -1;
    const size_t base = st->sp;
    unsigned steps = 0;

    if (pc[0] == SRE_OP_INFO) {
        if (pc[3] && end - ptr < (ssize_t)pc[3])
            return 0;
        pc += pc[1] + 1;
    }

    for (;;) {
        if (++steps >= (1u << 20)) {
            steps = 0;
            if (check_signals() < 0) return -1;
        }
        switch (*pc++) {
        case SRE_OP_FAILURE:
            FAIL;
        case SRE_OP_SUCCESS:
            if (frame < 0) {
                if ((st->match_all && ptr != end) || (st->must_advance && ptr == st->start))
                    FAIL;
                st->ptr = ptr;
                return 1;
            } else {
                SreEntry f = st->stk[frame];
                const SreCode *skw = code + f.a;
                switch (KIND(f.kind)) {
                case K_ASSERT:
                    cut_frame(st, (size_t)frame);
                    frame = FR_FRAME(f.c);
                    ptr = f.b;
                    pc = skw + skw[0];
                    break;
                case K_ATOMIC:
                    cut_frame(st, (size_t)frame);
                    frame = FR_FRAME(f.c);
                    pc = skw + skw[0];
                    break;
                case K_ASSERT_NOT:
                    /* the body matched: the assertion fails (the body's
                     * marks stay, as in CPython) */
                    cut_frame(st, (size_t)frame);
                    frame = FR_FRAME(f.c);
                    FAIL;
                case K_POSS: {
                    SreCode min = skw[1], max = skw[2];
                    ssize_t count = FR_COUNT(f.c) + 1;
                    cut_frame(st, (size_t)frame);
                    frame = FR_FRAME(f.c);
                    if ((SreCode)count < min ||
                        ((max == SRE_MAXREPEAT || count < (ssize_t)max) &&
                         ((SreCode)count == min || ptr != f.b))) {
                        PUSH(K_POSS | ((SreCode)count >= min ? K_RESTORE : 0), f.a, ptr, FR_PACK(frame, count));
                        frame = (ssize_t)st->sp - 1;
                        pc = skw + 3;
                    } else {
                        pc = skw + skw[0] + 1;
                    }
                    break;
                }
                default:
                    internal_error();
                    return -1;
                }
            }
            break;

        case SRE_OP_ANY:
            if (ptr >= end || s[ptr] == '\n') FAIL;
            ptr++;
            break;
        case SRE_OP_ANY_ALL:
            if (ptr >= end) FAIL;
            ptr++;
            break;
        case SRE_OP_LITERAL:
            if (ptr >= end || s[ptr] != pc[0]) FAIL;
            pc++;
            ptr++;
            break;
        case SRE_OP_NOT_LITERAL:
            if (ptr >= end || s[ptr] == pc[0]) FAIL;
            pc++;
            ptr++;
            break;
        case SRE_OP_LITERAL_IGNORE:
            if (ptr >= end || lower_ascii(s[ptr]) != pc[0]) FAIL;
            pc++;
            ptr++;
            break;
        case SRE_OP_NOT_LITERAL_IGNORE:
            if (ptr >= end || lower_ascii(s[ptr]) == pc[0]) FAIL;
            pc++;
            ptr++;
            break;
        case SRE_OP_LITERAL_UNI_IGNORE:
            if (ptr >= end || lower_uni(s[ptr]) != pc[0]) FAIL;
            pc++;
            ptr++;
            break;
        case SRE_OP_NOT_LITERAL_UNI_IGNORE:
            if (ptr >= end || lower_uni(s[ptr]) == pc[0]) FAIL;
            pc++;
            ptr++;
            break;
        case SRE_OP_LITERAL_LOC_IGNORE:
            if (ptr >= end || !char_loc_ignore(pc[0], s[ptr])) FAIL;
            pc++;
            ptr++;
            break;
        case SRE_OP_NOT_LITERAL_LOC_IGNORE:
            if (ptr >= end || char_loc_ignore(pc[0], s[ptr])) FAIL;
            pc++;
            ptr++;
            break;
        case SRE_OP_IN:
            if (ptr >= end || !charset(pc + 1, s[ptr])) FAIL;
            pc += pc[0];
            ptr++;
            break;
        case SRE_OP_IN_IGNORE:
            if (ptr >= end || !charset(pc + 1, lower_ascii(s[ptr]))) FAIL;
            pc += pc[0];
            ptr++;
            break;
        case SRE_OP_IN_UNI_IGNORE:
            if (ptr >= end || !charset(pc + 1, lower_uni(s[ptr]))) FAIL;
            pc += pc[0];
            ptr++;
            break;
        case SRE_OP_IN_LOC_IGNORE:
            if (ptr >= end || !charset_loc_ignore(pc + 1, s[ptr])) FAIL;
            pc += pc[0];
            ptr++;
            break;
        case SRE_OP_CATEGORY:
            if (ptr >= end || !category(pc[0], s[ptr])) FAIL;
            pc++;
            ptr++;
            break;
        case SRE_OP_AT:
            if (!SRE(at)(st, s, ptr, pc[0])) FAIL;
            pc++;
            break;
        case SRE_OP_JUMP:
        case SRE_OP_INFO:
            pc += pc[0];
            break;

        case SRE_OP_MARK: {
            ssize_t i = (ssize_t)pc[0];
            if (i <= st->lastmark)
                PUSH(K_MARK, i, st->marks[i], 0);
            if (i & 1) st->lastindex = i / 2 + 1;
            if (i > st->lastmark) {
                for (ssize_t j = st->lastmark + 1; j < i; j++)
                    st->marks[j] = -1;
                st->lastmark = i;
            }
            st->marks[i] = ptr;
            pc++;
            break;
        }

        case SRE_OP_BRANCH:
            goto branch_try;

        case SRE_OP_REPEAT_ONE: {
            /* <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail */
            SreCode min = pc[1];
            if ((ssize_t)min > end - ptr) FAIL;
            ssize_t n = SRE(count)(st, pc + 3, ptr, pc[2]);
            if (n < 0) return -1;
            if (n < (ssize_t)min) FAIL;
            const SreCode *tail = pc + pc[0];
            ssize_t start = ptr;
            ptr += n;
            if (tail[0] == SRE_OP_SUCCESS && ptr == end &&
                !(frame < 0 && st->must_advance && ptr == st->start)) {
                pc = tail;
                break;
            }
            if (tail[0] == SRE_OP_LITERAL) {
                /* only positions followed by the tail's literal can match */
                while (n >= (ssize_t)min && (ptr >= end || s[ptr] != tail[1])) {
                    n--;
                    ptr--;
                }
                if (n < (ssize_t)min) FAIL;
            }
            if (n > (ssize_t)min)
                PUSH(K_REP1 | (cur_rep >= 0 ? K_RESTORE : 0), OFF(pc), start, n);
            else if (cur_rep >= 0)
                PUSH(K_RMARK, 0, 0, 0);
            pc = tail;
            break;
        }

        case SRE_OP_MIN_REPEAT_ONE: {
            SreCode min = pc[1];
            if ((ssize_t)min > end - ptr) FAIL;
            ssize_t n = 0;
            if (min) {
                n = SRE(count)(st, pc + 3, ptr, min);
                if (n < 0) return -1;
                if (n < (ssize_t)min) FAIL;
            }
            const SreCode *tail = pc + pc[0];
            ssize_t start = ptr;
            ptr += n;
            if (!(tail[0] == SRE_OP_SUCCESS &&
                  (frame >= 0 || !((st->match_all && ptr != end) ||
                                   (st->must_advance && ptr == st->start)))))
                PUSH(K_MINREP1 | (cur_rep >= 0 ? K_RESTORE : 0), OFF(pc), start, n);
            pc = tail;
            break;
        }

        case SRE_OP_POSSESSIVE_REPEAT_ONE: {
            SreCode min = pc[1];
            if ((ssize_t)min > end - ptr) FAIL;
            ssize_t n = SRE(count)(st, pc + 3, ptr, pc[2]);
            if (n < 0) return -1;
            if (n < (ssize_t)min) FAIL;
            ptr += n;
            pc += pc[0];
            break;
        }

        case SRE_OP_REPEAT: {
            /* <REPEAT> <skip> <min> <max> item <UNTIL> tail */
            if (st->nreps == st->repcap && grow_reps(st) < 0) return -1;
            SreRepeat *r = &st->reps[st->nreps];
            r->count = -1;
            r->last = -1;
            r->pc = (size_t)OFF(pc);
            r->prev = cur_rep;
            PUSH(K_REPALLOC, 0, cur_rep, 0);
            cur_rep = (ssize_t)st->nreps++;
            pc += pc[0];
            break;
        }

        case SRE_OP_MAX_UNTIL: {
            if (cur_rep < 0) {
                internal_error();
                return -1;
            }
            SreRepeat *r = &st->reps[cur_rep];
            const SreCode *rp = code + r->pc;
            ssize_t count = r->count + 1;
            if (count < (ssize_t)rp[1]) {
                PUSH(K_REP, cur_rep, r->count, r->last);
                st->reps[cur_rep].count = count;
                pc = rp + 3;
                break;
            }
            if ((rp[2] == SRE_MAXREPEAT || count < (ssize_t)rp[2]) && ptr != r->last) {
                PUSH(K_TAIL | K_RESTORE, OFF(pc), ptr, cur_rep);
                r = &st->reps[cur_rep];
                PUSH(K_REP, cur_rep, r->count, r->last);
                r = &st->reps[cur_rep];
                r->count = count;
                r->last = ptr;
                pc = rp + 3;
                break;
            }
            PUSH(K_CURREP, 0, cur_rep, 0);
            cur_rep = st->reps[cur_rep].prev;
            break;
        }

        case SRE_OP_MIN_UNTIL: {
            if (cur_rep < 0) {
                internal_error();
                return -1;
            }
            SreRepeat *r = &st->reps[cur_rep];
            const SreCode *rp = code + r->pc;
            ssize_t count = r->count + 1;
            if (count < (ssize_t)rp[1]) {
                PUSH(K_REP, cur_rep, r->count, r->last);
                st->reps[cur_rep].count = count;
                pc = rp + 3;
                break;
            }
            PUSH(K_MINBODY | (r->prev >= 0 ? K_RESTORE : 0), cur_rep, ptr, count);
            PUSH(K_CURREP, 0, cur_rep, 0);
            cur_rep = st->reps[cur_rep].prev;
            break;
        }

        case SRE_OP_POSSESSIVE_REPEAT:
            /* <POSSESSIVE_REPEAT> <skip> <min> <max> body <SUCCESS> tail */
            if (pc[2] == 0) {
                pc += pc[0] + 1;
                break;
            }
            PUSH(K_POSS | (pc[1] == 0 ? K_RESTORE : 0), OFF(pc), ptr, FR_PACK(frame, 0));
            frame = (ssize_t)st->sp - 1;
            pc += 3;
            break;

        case SRE_OP_ATOMIC_GROUP:
            PUSH(K_ATOMIC, OFF(pc), ptr, FR_PACK(frame, 0));
            frame = (ssize_t)st->sp - 1;
            pc += 1;
            break;

        case SRE_OP_ASSERT:
            /* <ASSERT> <skip> <back> body <SUCCESS> */
            if (ptr < (ssize_t)pc[1]) FAIL;
            PUSH(K_ASSERT, OFF(pc), ptr, FR_PACK(frame, 0));
            frame = (ssize_t)st->sp - 1;
            ptr -= pc[1];
            pc += 2;
            break;

        case SRE_OP_ASSERT_NOT:
            if (ptr >= (ssize_t)pc[1]) {
                PUSH(K_ASSERT_NOT | (cur_rep >= 0 ? K_RESTORE : 0), OFF(pc), ptr, FR_PACK(frame, 0));
                frame = (ssize_t)st->sp - 1;
                ptr -= pc[1];
                pc += 2;
            } else {
                pc += pc[0];
            }
            break;

        case SRE_OP_GROUPREF:
        case SRE_OP_GROUPREF_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE:
        case SRE_OP_GROUPREF_LOC_IGNORE: {
            SreCode op = pc[-1];
            ssize_t g = (ssize_t)pc[0] * 2;
            if (g >= st->lastmark) FAIL;
            ssize_t a = st->marks[g], b = st->marks[g + 1];
            if (a < 0 || b < 0 || b < a) FAIL;
            if (end - ptr < b - a) FAIL;
            for (; a < b; a++, ptr++) {
                uint32_t x = s[ptr], y = s[a];
                if (x == y) continue;
                if (op == SRE_OP_GROUPREF_IGNORE && lower_ascii(x) == lower_ascii(y)) continue;
                if (op == SRE_OP_GROUPREF_UNI_IGNORE && lower_uni(x) == lower_uni(y)) continue;
                if (op == SRE_OP_GROUPREF_LOC_IGNORE && lower_loc(x) == lower_loc(y)) continue;
                FAIL;
            }
            pc++;
            break;
        }

        case SRE_OP_GROUPREF_EXISTS: {
            /* <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no */
            ssize_t g = (ssize_t)pc[0] * 2;
            if (g < st->lastmark && st->marks[g] >= 0 && st->marks[g + 1] >= 0 &&
                st->marks[g] <= st->marks[g + 1])
                pc += 2;
            else
                pc += pc[1];
            break;
        }

        default:
            internal_error();
            return -1;
        }
    next:
        continue;

    fail:
        for (;;) {
            if (st->sp == base) {
                st->npend = 0;
                return 0;
            }
            SreEntry e = st->stk[--st->sp];
            int k = KIND(e.kind);
            switch (k) {
            case K_MARK:
                if (pend_add(st, &e) < 0) return -1;
                continue;
            case K_REP:
                st->reps[e.a].count = e.b;
                st->reps[e.a].last = e.c;
                continue;
            case K_CURREP:
                cur_rep = e.b;
                continue;
            case K_REPALLOC:
                st->nreps--;
                cur_rep = e.b;
                continue;
            case K_RMARK:
                pend_apply(st);
                continue;
            case K_ASSERT:
            case K_ATOMIC:
                frame = FR_FRAME(e.c);
                continue;
            case K_POSS:
                frame = FR_FRAME(e.c);
                if (FR_COUNT(e.c) < (ssize_t)code[e.a + 1])
                    continue; /* too few iterations: the repeat fails */
                break;
            }
            /* backtracking into a construct: marks as CPython leaves them */
            if (pend_resolve(st, (e.kind & K_RESTORE) != 0) < 0) return -1;
            lm_unpack(st, e.e);
            switch (k) {
            case K_BRANCH:
                ptr = e.b;
                pc = code + e.a;
                goto branch_try;
            case K_REP1: {
                const SreCode *rp = code + e.a, *tail = rp + rp[0];
                ssize_t min = (ssize_t)rp[1], start = e.b, n = e.c - 1;
                ptr = start + n;
                if (tail[0] == SRE_OP_LITERAL) {
                    while (n >= min && (ptr >= end || s[ptr] != tail[1])) {
                        n--;
                        ptr--;
                    }
                }
                if (n < min)
                    continue;
                if (n > min)
                    PUSH(e.kind, e.a, start, n);
                else if (e.kind & K_RESTORE)
                    PUSH(K_RMARK, 0, 0, 0);
                pc = tail;
                goto next;
            }
            case K_MINREP1: {
                const SreCode *rp = code + e.a;
                ssize_t start = e.b, n = e.c;
                if (rp[2] != SRE_MAXREPEAT && n >= (ssize_t)rp[2])
                    continue;
                ssize_t p = start + n;
                if (p >= end)
                    continue;
                int r = one(rp + 3, s[p]);
                if (r < 0) {
                    internal_error();
                    return -1;
                }
                if (!r)
                    continue;
                ptr = p + 1;
                PUSH(e.kind, e.a, start, n + 1);
                pc = rp + rp[0];
                goto next;
            }
            case K_TAIL:
                ptr = e.b;
                pc = code + e.a;
                cur_rep = e.c;
                PUSH(K_CURREP, 0, cur_rep, 0);
                cur_rep = st->reps[cur_rep].prev;
                goto next;
            case K_MINBODY: {
                ssize_t r = e.a, count = e.c;
                const SreCode *rp = code + st->reps[r].pc;
                cur_rep = r;
                ptr = e.b;
                if ((rp[2] != SRE_MAXREPEAT && count >= (ssize_t)rp[2]) || ptr == st->reps[r].last)
                    continue;
                PUSH(K_REP, r, st->reps[r].count, st->reps[r].last);
                st->reps[r].count = count;
                st->reps[r].last = ptr;
                pc = rp + 3;
                goto next;
            }
            case K_ASSERT_NOT: {
                const SreCode *skw = code + e.a;
                frame = FR_FRAME(e.c);
                ptr = e.b;
                pc = skw + skw[0];
                goto next;
            }
            case K_POSS: {
                const SreCode *skw = code + e.a;
                ptr = e.b;
                pc = skw + skw[0] + 1;
                goto next;
            }
            }
        }

    branch_try:
        /* pc at an alternative's skip word; 0 ends the list */
        for (; pc[0]; pc += pc[0]) {
            if (pc[1] == SRE_OP_LITERAL && (ptr >= end || s[ptr] != pc[2]))
                continue;
            if (pc[1] == SRE_OP_IN && (ptr >= end || !charset(pc + 3, s[ptr])))
                continue;
            if (pc[pc[0]])
                PUSH(K_BRANCH | (cur_rep >= 0 ? K_RESTORE : 0), OFF(pc + pc[0]), ptr, 0);
            else if (cur_rep >= 0)
                PUSH(K_RMARK, 0, 0, 0);
            pc++;
            goto next;
        }
        goto fail;
    }
}

/* Search for the leftmost match starting at or after `from`. */
static int SRE(search)(SreState *st, const SreCode *code, ssize_t from)
{
    const SRE_CHAR *s = st->data;
    ssize_t end = st->endpos, ptr = from;
    if (ptr > end)
        return 0;
    const SreCode *prefix = NULL, *set = NULL;
    size_t plen = 0;
    SreCode iflags = 0;
    ssize_t min = 0;
    if (code[0] == SRE_OP_INFO) {
        iflags = code[2];
        min = (ssize_t)code[3];
        if (min && end - ptr < min)
            return 0;
        if (iflags & SRE_INFO_PREFIX) {
            plen = code[5];
            prefix = code + 7;
        } else if (iflags & SRE_INFO_CHARSET) {
            set = code + 5;
        }
    }
    if (prefix && plen >= 1) {
        for (size_t i = 0; i < plen; i++)
            if ((SreCode)(SRE_CHAR)prefix[i] != prefix[i])
                return 0; /* cannot occur in this width */
        SRE_CHAR c0 = (SRE_CHAR)prefix[0];
        st->must_advance = false;
        while (end - ptr >= (ssize_t)plen && end - ptr >= min) {
            if (sizeof(SRE_CHAR) == 1) {
                const void *hit = memchr(s + ptr, c0, (size_t)(end - ptr));
                if (!hit) return 0;
                ptr = (const SRE_CHAR *)hit - s;
            } else {
                while (ptr < end && s[ptr] != c0) ptr++;
            }
            if (end - ptr < (ssize_t)plen || end - ptr < min) return 0;
            size_t i = 1;
            while (i < plen && s[ptr + i] == prefix[i]) i++;
            if (i == plen) {
                if (iflags & SRE_INFO_LITERAL) {
                    pv_sre_state_reset(st);
                    st->start = ptr;
                    st->ptr = ptr + (ssize_t)plen;
                    return 1;
                }
                pv_sre_state_reset(st);
                st->start = ptr;
                int r = SRE(run)(st, code, ptr);
                if (r) return r;
            }
            ptr++;
        }
        return 0;
    }
    if (set) {
        st->must_advance = false;
        for (;;) {
            while (ptr < end && !charset(set, s[ptr])) ptr++;
            if (ptr >= end || (min && end - ptr < min)) return 0;
            pv_sre_state_reset(st);
            st->start = ptr;
            int r = SRE(run)(st, code, ptr);
            if (r) return r;
            ptr++;
        }
    }
    const SreCode *body = code[0] == SRE_OP_INFO ? code + code[1] + 1 : code;
    bool anchored = body[0] == SRE_OP_AT &&
                    (body[1] == SRE_AT_BEGINNING || body[1] == SRE_AT_BEGINNING_STRING);
    for (;;) {
        pv_sre_state_reset(st);
        st->start = ptr;
        int r = SRE(run)(st, code, ptr);
        st->must_advance = false;
        if (r) return r;
        if (anchored || ptr >= end || (min && end - ptr <= min)) return 0;
        ptr++;
    }
}

#undef PUSH
#undef FAIL
#undef OFF
#undef FR_PACK
#undef FR_FRAME
#undef FR_COUNT
