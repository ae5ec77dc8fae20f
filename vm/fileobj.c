/* fileobj.c: buffered file objects over a file descriptor: sys.stdin,
 * sys.stdout, sys.stderr and open(). One C struct serves the text layer
 * (TextIOWrapper) and the binary ones (BufferedReader/Writer/Random,
 * FileIO); `buffer` of a text file is a binary view sharing its buffers. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "str_impl.h"
#include "fileobj.h"
#include "poller.h"
#include "timer.h"
#include "sched.h"

#define BUFSZ 8192

static Value unsupported_type;

Value pv_io_unsupported_type(void)
{
    if (!unsupported_type) {
        Value bases = pv_tuple_pack(2, (Value)&pv_exc_OSError, (Value)&pv_exc_ValueError);
        Value dict = pv_dict_new();
        if (!bases || !dict || pv_dict_set_str(dict, "__module__", pv_intern("io")) < 0)
            return NULL;
        Value t = pv_type_new(pv_intern("UnsupportedOperation"), bases, dict);
        if (!t) return NULL;
        unsupported_type = t;
        pv_gc_add_root(&unsupported_type);
    }
    return unsupported_type;
}

static Value unsupported(const char *msg)
{
    Value t = pv_io_unsupported_type();
    if (!t) return NULL;
    return pv_raise((PvType *)t, "%s", msg);
}

/* The object whose fd and buffers do the work (a text file's buffer view
 * shares its parent's). */
PvFile *pv_file_core(Value v)
{
    PvFile *f = (PvFile *)v;
    return f->parent ? (PvFile *)f->parent : f;
}

int pv_file_check_open(PvFile *f)
{
    if (pv_file_core((Value)f)->fl & F_CLOSED) {
        pv_raise(&pv_exc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

/* ---- low level ---- */

static int raw_write(PvFile *c, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(c->fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN) { /* non-blocking fd: wait a little */
                usleep(1000);
                continue;
            }
            pv_raise_errno(errno);
            return -1;
        }
        p += w;
        n -= w;
    }
    return 0;
}

int pv_file_flush_core(PvFile *c)
{
    if (c->wlen) {
        size_t n = c->wlen;
        c->wlen = 0;
        if (raw_write(c, c->wbuf, n) < 0) return -1;
    }
    return 0;
}

/* Drop read-ahead, moving the fd back to the logical position. */
static int drop_readahead(PvFile *c)
{
    if (c->rlen > c->rpos) {
        if (lseek(c->fd, -(off_t)(c->rlen - c->rpos), SEEK_CUR) < 0 && errno != ESPIPE) {
            pv_raise_errno(errno);
            return -1;
        }
    }
    c->rpos = c->rlen = 0;
    return 0;
}

/* Before reading a pipe or terminal: wait in the poller (GIL released)
 * so that Ctrl-C interrupts input() instead of waiting for a line. */
static int wait_readable(PvFile *c)
{
    if (!(c->fl & F_POLL)) return 0;
    for (;;) {
        int r = pv_poll_block(c->fd, PV_POLL_IN, -1);
        if (r < 0 && errno != EINTR) return 0;      /* poller unusable: just read */
        if (r > 0 && (r & (PV_POLL_IN | PV_POLL_ERR | PV_POLL_HUP))) return 0;
        if (pv_signals_pending() && pv_sched_real_sleep(1000) < 0) return -1;
        if (pv_err_occurred()) return -1;
    }
}

/* Read more raw bytes, keeping unconsumed ones. Returns bytes read, 0 at
 * EOF, -1 on error. */
static ssize_t fill(PvFile *c)
{
    if (c->wlen && pv_file_flush_core(c) < 0) return -1;
    if (c->rpos == c->rlen) c->rpos = c->rlen = 0;
    if (c->rpos > 0 && c->rcap - c->rlen < BUFSZ / 2) {
        memmove(c->rbuf, c->rbuf + c->rpos, c->rlen - c->rpos);
        c->rlen -= c->rpos;
        c->rpos = 0;
    }
    if (c->rcap - c->rlen < BUFSZ / 2) {
        size_t ncap = c->rcap ? c->rcap * 2 : BUFSZ;
        char *nb = pv_mem_realloc(c->rbuf, c->rcap, ncap);
        if (!nb) return -1;
        c->rbuf = nb;
        c->rcap = ncap;
    }
    if (wait_readable(c) < 0) return -1;
    for (;;) {
        ssize_t r = read(c->fd, c->rbuf + c->rlen, c->rcap - c->rlen);
        if (r < 0) {
            if (errno == EINTR) continue;
            if (errno == EAGAIN) { usleep(1000); continue; }
            pv_raise_errno(errno);
            return -1;
        }
        c->rlen += r;
        return r;
    }
}

ssize_t pv_file_fill(PvFile *c) { return fill(c); } /* iowait.c: soft-blocking reads */

static int buffer_write(PvFile *c, const char *p, size_t n, bool has_nl)
{
    if (c->rlen && drop_readahead(c) < 0) return -1;
    if (c->fl & F_UNBUF) return raw_write(c, p, n);
    if (c->wlen + n > BUFSZ) {
        if (pv_file_flush_core(c) < 0) return -1;
        if (n >= BUFSZ) return raw_write(c, p, n);
    }
    if (!c->wbuf) {
        c->wbuf = pv_mem_alloc(BUFSZ);
        if (!c->wbuf) return -1;
        c->wcap = BUFSZ;
    }
    memcpy(c->wbuf + c->wlen, p, n);
    c->wlen += n;
    if ((c->fl & F_LINEBUF) && has_nl) return pv_file_flush_core(c);
    return 0;
}

/* ---- creation ---- */

PvType *pv_file_type_for(int fl);

static void file_mark(Value v)
{
    PvFile *f = (PvFile *)v;
    pv_gc_mark(f->name);
    pv_gc_mark(f->mode);
    pv_gc_mark(f->encoding);
    pv_gc_mark(f->errors);
    pv_gc_mark(f->parent);
    pv_gc_mark(f->buffer);
}

/* Writable files, so that output still buffered in a file nobody closed is
 * written at exit (CPython's finalizers do that).  The list does not keep
 * them alive: a collected file leaves it in file_finalize. */
static PvFile **tracked;
static size_t ntracked, tracked_cap;

static void track(PvFile *f)
{
    if (ntracked == tracked_cap) {
        size_t cap = tracked_cap ? tracked_cap * 2 : 64;
        PvFile **n = realloc(tracked, cap * sizeof *n);
        if (!n)
            return; /* only the exit-time flush is lost */
        tracked = n;
        tracked_cap = cap;
    }
    f->track = (ssize_t)ntracked;
    tracked[ntracked++] = f;
}

static void untrack(PvFile *f)
{
    if (f->track < 0 || (size_t)f->track >= ntracked || tracked[f->track] != f)
        return;
    PvFile *last = tracked[--ntracked];
    tracked[f->track] = last;
    last->track = f->track;
    f->track = -1;
}

void pv_file_flush_all(void)
{
    for (size_t i = 0; i < ntracked; i++) {
        PvFile *f = tracked[i];
        if (!(f->fl & F_CLOSED) && f->wlen && pv_file_flush_core(f) < 0)
            pv_err_clear();
    }
}

static void file_finalize(Value v)
{
    PvFile *f = (PvFile *)v;
    untrack(f);
    if (f->parent) return;
    if (!(f->fl & F_CLOSED)) {
        if (f->wlen) {   /* best effort, as CPython's dealloc */
            const char *p = f->wbuf;
            size_t n = f->wlen;
            while (n) {
                ssize_t w = write(f->fd, p, n);
                if (w <= 0) break;
                p += w;
                n -= w;
            }
        }
        if (f->fl & F_POLL) pv_poll_forget(f->fd);
        if (f->fl & F_CLOSEFD) close(f->fd);
        f->fl |= F_CLOSED;
    }
    if (f->rbuf) pv_mem_free(f->rbuf, f->rcap);
    if (f->wbuf) pv_mem_free(f->wbuf, f->wcap);
    f->rbuf = f->wbuf = NULL;
}

static Value file_alloc(int fl)
{
    PvType *t = pv_file_type_for(fl);
    pv_text_ready(t);
    PvFile *f = pv_alloc(t, sizeof(PvFile));
    if (!f) return NULL;
    f->fl = fl;
    f->track = -1;
    return (Value)f;
}

Value pv_file_new(int fd, int fl, Value name, Value mode, Value encoding, Value errors, int newline)
{
    PvFile *f = (PvFile *)file_alloc(fl);
    if (!f) return NULL;
    f->fd = fd;
    f->name = name;
    f->mode = mode;
    f->encoding = encoding;
    f->errors = errors;
    f->newline = newline;
    struct stat st;
    if (fstat(fd, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode) && !S_ISBLK(st.st_mode))
        f->fl |= F_POLL;
    f->track = -1;
    if (fl & F_WRITE)
        track(f);
    return (Value)f;
}

static int mode_flags(const char *mode)
{
    int fl = 0;
    for (const char *p = mode; *p; p++) {
        switch (*p) {
        case 'r': fl |= F_READ; break;
        case 'w': case 'x': fl |= F_WRITE; break;
        case 'a': fl |= F_WRITE | F_APPEND; break;
        case '+': fl |= F_READ | F_WRITE; break;
        case 'b': fl |= F_BINARY; break;
        }
    }
    return fl;
}

Value pv_file_from_fd(int fd, const char *mode, const char *name, bool closefd)
{
    /* the std streams are made at startup: ready the text types that
     * type.c's list does not cover */
    pv_text_ready(&pv_memoryview_type);
    int fl = mode_flags(mode) | (closefd ? F_CLOSEFD : 0);
    if (!(fl & F_BINARY)) {
        if (fd == 2) fl |= F_LINEBUF;
        else if ((fl & F_WRITE) && isatty(fd)) fl |= F_LINEBUF;
    }
    /* PYTHONUNBUFFERED (python -u): std output goes straight to the fd */
    const char *unbuf = getenv("PYTHONUNBUFFERED");
    if (unbuf && *unbuf && (fl & F_WRITE) && fd <= 2) fl |= F_UNBUF;
    Value nm = pv_str_from_cstr(name);
    Value md = pv_str_from_cstr(mode);
    Value enc = pv_intern("utf-8");
    Value err = pv_intern(fd == 2 ? "backslashreplace" : "strict");
    if (!nm || !md || !enc || !err) return NULL;
    /* CPython's std streams use newline="\n" on POSIX: no translation */
    return pv_file_new(fd, fl, nm, md, enc, err, NL_LF);
}

/* ---- writing ---- */

static off_t logical_pos(PvFile *c);

/* Newline translation (at the str level), then encoding. A BOM-writing
 * codec (utf-8-sig, utf-16, utf-32) writes its BOM only at file start. */
static int text_write(PvFile *f, Value s)
{
    PvFile *c = pv_file_core((Value)f);
    bool has_nl = memchr(pv_str_data(s), '\n', pv_str_size(s)) != NULL;
    if (has_nl && (f->newline == NL_CR || f->newline == NL_CRLF)) {
        PvBuf b;
        pv_buf_init(&b);
        const char *d = pv_str_data(s);
        for (size_t i = 0, n = pv_str_size(s); i < n; i++) {
            int r = d[i] == '\n' ? pv_buf_append_cstr(&b, f->newline == NL_CR ? "\r" : "\r\n")
                                 : pv_buf_append(&b, d + i, 1);
            if (r < 0) { pv_buf_free(&b); return -1; }
        }
        s = pv_buf_finish_str(&b);
        if (!s) return -1;
    }
    const char *d = pv_str_data(s);
    size_t n = pv_str_size(s);
    bool plain_utf8 = pv_str_eq_cstr(f->encoding, "utf-8") || pv_str_eq_cstr(f->encoding, "UTF-8");
    if (!plain_utf8) {
        const char *codec = pv_codec_norm(pv_str_data(f->encoding));
        if (!codec) return -1;
        bool first = !(f->fl & F_BOMDONE);
        f->fl |= F_BOMDONE;
        if (!strcmp(codec, "utf-8-sig")) {
            if (first && logical_pos(c) == 0 && buffer_write(c, "\xEF\xBB\xBF", 3, false) < 0) return -1;
            codec = "utf-8";
        } else if (!first || logical_pos(c) != 0) {
            if (!strcmp(codec, "utf-16")) codec = "utf-16-le";
            else if (!strcmp(codec, "utf-32")) codec = "utf-32-le";
        }
        plain_utf8 = !strcmp(codec, "utf-8");
        if (!plain_utf8) {
            Value enc = pv_str_encode(s, codec, pv_str_data(f->errors));
            if (!enc) return -1;
            return buffer_write(c, pv_bytes_data(enc), pv_bytes_size(enc), has_nl);
        }
    }
    if (!pv_str_is_ascii(s) && memchr(d, 0xED, n)) { /* maybe surrogates */
        Value enc = pv_str_encode(s, "utf-8", pv_str_data(f->errors));
        if (!enc) return -1;
        return buffer_write(c, pv_bytes_data(enc), pv_bytes_size(enc), has_nl);
    }
    return buffer_write(c, d, n, has_nl);
}

int pv_file_write_cstr(Value file, const char *s, size_t n)
{
    if (pv_file_is_text(file) && (pv_file_core(file)->fl & F_WRITE) && !(pv_file_core(file)->fl & F_CLOSED) &&
        pv_utf8_is_ascii(s, n))
        return buffer_write(pv_file_core(file), s, n, memchr(s, '\n', n) != NULL);
    Value str = pv_str_decode_utf8(s, n, "surrogateescape");
    if (!str) return -1;
    return pv_file_write_value(file, str);
}

int pv_file_write_value(Value file, Value str)
{
    if (pv_file_is_text(file) && pv_is_str(str)) {
        if (pv_file_check_open((PvFile *)file) < 0) return -1;
        if (!(pv_file_core(file)->fl & F_WRITE)) {
            unsupported("not writable");
            return -1;
        }
        return text_write((PvFile *)file, str);
    }
    Value r = pv_call_method(file, "write", &str, 1);
    return r ? 0 : -1;
}

bool pv_file_is_text(Value v)
{
    PvType *t = pv_type(v);
    return (t == &pv_file_type) && !(((PvFile *)v)->fl & F_BINARY);
}

int pv_file_flush(Value file)
{
    if (pv_is_file(file)) {
        PvFile *c = pv_file_core(file);
        if (c->fl & F_CLOSED) return 0;
        return pv_file_flush_core(c);
    }
    Value r = pv_call_method(file, "flush", NULL, 0);
    return r ? 0 : -1;
}

int pv_flush_std(void)
{
    int rc = 0;
    Value sys = pv_import_cstr("sys");
    if (!sys) { pv_err_clear(); return -1; }
    const char *names[] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        Value f = pv_getattr_str(sys, names[i]);
        if (!f) { pv_err_clear(); continue; }
        if (f == pv_None) continue;
        if (pv_is_file(f)) {
            PvFile *c = pv_file_core(f);
            if (!(c->fl & F_CLOSED) && pv_file_flush_core(c) < 0) { pv_err_clear(); rc = -1; }
            continue;
        }
        Value r = pv_call_method(f, "flush", NULL, 0);
        if (!r) { pv_err_clear(); rc = -1; }
    }
    return rc;
}

/* ---- reading ---- */

static bool is_utf8(PvFile *f)
{
    if (!f->encoding || pv_str_eq_cstr(f->encoding, "utf-8") || pv_str_eq_cstr(f->encoding, "UTF-8"))
        return true;
    const char *c = pv_codec_norm(pv_str_data(f->encoding));
    if (!c) { pv_err_clear(); return false; }
    return !strcmp(c, "utf-8") || !strcmp(c, "utf-8-sig");
}

static bool is_sig(PvFile *f)
{
    const char *c = f->encoding ? pv_codec_norm(pv_str_data(f->encoding)) : "utf-8";
    if (!c) { pv_err_clear(); return false; }
    return !strcmp(c, "utf-8-sig");
}

/* Collect text: up to maxcp code points (-1: no limit), stopping after a
 * line end when `line`. Newlines are translated per f->newline. */
static Value text_read(PvFile *f, ssize_t maxcp, bool line)
{
    PvFile *c = pv_file_core((Value)f);
    bool utf8 = is_utf8(f);
    bool sig = utf8 && !(f->fl & F_BOMDONE) && is_sig(f);
    if (sig) { /* skip a BOM at the start of the file */
        f->fl |= F_BOMDONE;
        while (c->rlen - c->rpos < 3) {
            ssize_t r = fill(c);
            if (r < 0) return NULL;
            if (r == 0) break;
        }
        if (c->rlen - c->rpos >= 3 && !memcmp(c->rbuf + c->rpos, "\xEF\xBB\xBF", 3)) c->rpos += 3;
    }
    PvBuf out;
    pv_buf_init(&out);
    size_t cps = 0;
    for (;;) {
        if (maxcp >= 0 && cps >= (size_t)maxcp) break;
        if (c->rpos >= c->rlen) {
            ssize_t r = fill(c);
            if (r < 0) goto fail;
            if (r == 0) break;
        }
        unsigned char ch = (unsigned char)c->rbuf[c->rpos];
        if (ch == '\r' && f->newline != NL_LF) {
            c->rpos++;
            bool crlf = false;
            if (f->newline == NL_UNIVERSAL || f->newline == NL_UNTRANSLATED || f->newline == NL_CRLF) {
                if (c->rpos >= c->rlen && fill(c) < 0) goto fail;
                crlf = c->rpos < c->rlen && c->rbuf[c->rpos] == '\n';
            }
            if (f->newline == NL_UNIVERSAL) {
                if (crlf) c->rpos++;
                if (pv_buf_append(&out, "\n", 1) < 0) goto fail;
                cps++;
                if (line) break;
                continue;
            }
            if (pv_buf_append(&out, "\r", 1) < 0) goto fail;
            cps++;
            if (crlf && (maxcp < 0 || cps < (size_t)maxcp)) {
                c->rpos++;
                if (pv_buf_append(&out, "\n", 1) < 0) goto fail;
                cps++;
                if (line) break;
                continue;
            }
            if (line && f->newline != NL_CRLF) break;
            continue;
        }
        if (ch < 0x80 || !utf8) {
            /* copy a run of plain bytes */
            size_t s = c->rpos, e = c->rpos;
            while (e < c->rlen && (maxcp < 0 || cps < (size_t)maxcp)) {
                unsigned char x = (unsigned char)c->rbuf[e];
                if ((x == '\r' && f->newline != NL_LF) || (x >= 0x80 && utf8)) break;
                e++;
                cps++;
                if (x == '\n' && line && f->newline != NL_CR && f->newline != NL_CRLF) break;
            }
            if (pv_buf_append(&out, c->rbuf + s, e - s) < 0) goto fail;
            c->rpos = e;
            if (line && e > s && c->rbuf[e - 1] == '\n' && f->newline != NL_CR && f->newline != NL_CRLF) break;
            continue;
        }
        /* a UTF-8 multi-byte sequence: make sure it is complete */
        int need = pv_utf8_seqlen(ch);
        if (ch < 0xC0 || ch > 0xF4) need = 1; /* invalid: let the decoder report it */
        while (c->rlen - c->rpos < (size_t)need) {
            ssize_t r = fill(c);
            if (r < 0) goto fail;
            if (r == 0) { need = c->rlen - c->rpos; break; }
        }
        if (pv_buf_append(&out, c->rbuf + c->rpos, need) < 0) goto fail;
        c->rpos += need;
        cps++;
    }
    {
        Value r = pv_bytes_decode(out.data ? out.data : "", out.size,
                                  utf8 ? "utf-8" : pv_str_data(f->encoding), pv_str_data(f->errors));
        pv_buf_free(&out);
        return r;
    }
fail:
    pv_buf_free(&out);
    return NULL;
}

static Value bin_read(PvFile *f, ssize_t n, bool line)
{
    PvFile *c = pv_file_core((Value)f);
    PvBuf out;
    pv_buf_init(&out);
    for (;;) {
        if (n >= 0 && out.size >= (size_t)n) break;
        if (c->rpos >= c->rlen) {
            if ((c->fl & F_UNBUF) && n >= 0 && !line && out.size > 0) break;
            ssize_t r = fill(c);
            if (r < 0) { pv_buf_free(&out); return NULL; }
            if (r == 0) break;
        }
        size_t avail = c->rlen - c->rpos;
        if (n >= 0 && avail > (size_t)n - out.size) avail = n - out.size;
        if (line) {
            char *nl = memchr(c->rbuf + c->rpos, '\n', avail);
            if (nl) avail = nl - (c->rbuf + c->rpos) + 1;
        }
        if (pv_buf_append(&out, c->rbuf + c->rpos, avail) < 0) { pv_buf_free(&out); return NULL; }
        c->rpos += avail;
        if (line && out.size && out.data[out.size - 1] == '\n') break;
    }
    return pv_buf_finish_bytes(&out);
}

/* ---- methods ---- */

#define SELF ((PvFile *)self)

static int need(Value self, int what)
{
    if (pv_file_check_open(SELF) < 0) return -1;
    if (!(pv_file_core(self)->fl & what)) {
        unsupported(what == F_READ ? "not readable" : "not writable");
        return -1;
    }
    return 0;
}

static int size_arg(const char *fname, Value *args, size_t nargs, ssize_t *n)
{
    *n = -1;
    if (nargs > 1) {
        pv_raise(&pv_exc_TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
        return -1;
    }
    if (nargs == 1 && args[0] != pv_None) {
        if (!pv_is_int(args[0]) && !pv_type(args[0])->index) {
            pv_raise(&pv_exc_TypeError, "argument should be integer or None, not '%T'", args[0]);
            return -1;
        }
        if (pv_index_ssize(args[0], n) < 0) return -1;
    }
    return 0;
}

static Value f_read(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t n;
    if (pv_check_no_kwargs("read", kw) < 0 || size_arg("read", args, nargs, &n) < 0) return NULL;
    if (need(self, F_READ) < 0) return NULL;
    Value parked; /* pipe/terminal with nothing to read: park this green thread (iowait.c) */
    if (pv_io_file_wait(self, "read", args, nargs, n, false, &parked)) return parked;
    if (SELF->fl & F_BINARY) return bin_read(SELF, n, false);
    return text_read(SELF, n, false);
}

static Value f_readline(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t n;
    if (pv_check_no_kwargs("readline", kw) < 0 || size_arg("readline", args, nargs, &n) < 0) return NULL;
    if (need(self, F_READ) < 0) return NULL;
    Value parked;
    if (pv_io_file_wait(self, "readline", args, nargs, n, true, &parked)) return parked;
    if (SELF->fl & F_BINARY) return bin_read(SELF, n, true);
    return text_read(SELF, n, true);
}

static Value f_readlines(Value self, Value *args, size_t nargs, Value kw)
{
    ssize_t hint;
    if (pv_check_no_kwargs("readlines", kw) < 0 || size_arg("readlines", args, nargs, &hint) < 0) return NULL;
    if (need(self, F_READ) < 0) return NULL;
    Value parked;
    if (pv_io_file_wait(self, "readlines", args, nargs, hint > 0 ? hint : -1, false, &parked)) return parked;
    Value list = pv_list_new(0);
    if (!list) return NULL;
    size_t total = 0;
    for (;;) {
        Value l = SELF->fl & F_BINARY ? bin_read(SELF, -1, true) : text_read(SELF, -1, true);
        if (!l) return NULL;
        size_t len = SELF->fl & F_BINARY ? pv_bytes_size(l) : pv_str_len(l);
        /* CPython reads the lines with next(): same effect on tell() */
        if (!(SELF->fl & F_BINARY)) SELF->fl = len ? SELF->fl | F_NOTELL : SELF->fl & ~F_NOTELL;
        if (len == 0) break;
        if (pv_list_append(list, l) < 0) return NULL;
        total += len;
        if (hint > 0 && total > (size_t)hint) break;
    }
    return list;
}

static Value f_write(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("write", kw) < 0 || pv_check_nargs("write", nargs, 1, 1) < 0) return NULL;
    if (need(self, F_WRITE) < 0) return NULL;
    if (SELF->fl & F_BINARY) {
        const char *d;
        size_t n;
        if (!pv_bytes_like(args[0], &d, &n))
            return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
        if (buffer_write(pv_file_core(self), d, n, memchr(d, '\n', n) != NULL) < 0) return NULL;
        return pv_int_from_u64(n);
    }
    if (!pv_is_str(args[0]))
        return pv_raise(&pv_exc_TypeError, "write() argument must be str, not %T", args[0]);
    if (text_write(SELF, args[0]) < 0) return NULL;
    return pv_int_from_u64(pv_str_len(args[0]));
}

static Value f_writelines(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("writelines", kw) < 0 || pv_check_nargs("writelines", nargs, 1, 1) < 0)
        return NULL;
    if (pv_file_check_open(SELF) < 0) return NULL;
    Value it = pv_iter(args[0]);
    if (!it) return NULL;
    Value x;
    while ((x = pv_next(it))) {
        if (!f_write(self, &x, 1, NULL)) return NULL;
    }
    if (pv_err_occurred()) return NULL;
    return pv_None;
}

static Value f_flush(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_file_check_open(SELF) < 0) return NULL;
    if (pv_file_flush_core(pv_file_core(self)) < 0) return NULL;
    return pv_None;
}

static Value f_close(Value self, Value *args, size_t nargs, Value kw)
{
    PvFile *c = pv_file_core(self);
    if (c->fl & F_CLOSED) return pv_None;
    int r = pv_file_flush_core(c);
    c->fl |= F_CLOSED;
    if (c->fl & F_POLL) pv_poll_close(c->fd); /* threads parked reading it get EBADF */
    if ((c->fl & F_CLOSEFD) && close(c->fd) < 0 && r == 0) {
        pv_raise_errno(errno);
        return NULL;
    }
    if (r < 0) return NULL;
    return pv_None;
}

static off_t logical_pos(PvFile *c)
{
    off_t p = lseek(c->fd, 0, SEEK_CUR);
    if (p < 0) return p;
    return p - (off_t)(c->rlen - c->rpos) + (off_t)c->wlen;
}

static Value f_tell(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_file_check_open(SELF) < 0) return NULL;
    if (SELF->fl & F_NOTELL) return pv_raise(&pv_exc_OSError, "telling position disabled by next() call");
    off_t p = logical_pos(pv_file_core(self));
    if (p < 0) return pv_raise_errno(errno);
    return pv_int_from_i64(p);
}

static Value f_seek(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_no_kwargs("seek", kw) < 0 || pv_check_nargs("seek", nargs, 1, 2) < 0) return NULL;
    if (pv_file_check_open(SELF) < 0) return NULL;
    int64_t off, whence = 0;
    if (!pv_is_int(args[0]))
        return pv_raise(&pv_exc_TypeError, "an integer is required");
    if (pv_int_to_i64(args[0], &off) < 0) return NULL;
    if (nargs > 1 && pv_int_to_i64(args[1], &whence) < 0) return NULL;
    if (!(SELF->fl & F_BINARY)) {
        if (whence == 1 && off != 0) return unsupported("can't do nonzero cur-relative seeks");
        if (whence == 2 && off != 0) return unsupported("can't do nonzero end-relative seeks");
        if (whence == 0 && off < 0)
            return pv_raise(&pv_exc_ValueError, "negative seek position %lld", (long long)off);
    }
    if (whence < 0 || whence > 2)
        return pv_raise(&pv_exc_ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
    PvFile *c = pv_file_core(self);
    if (pv_file_flush_core(c) < 0) return NULL;
    if (whence == 1) off -= (off_t)(c->rlen - c->rpos);
    c->rpos = c->rlen = 0;
    off_t p = lseek(c->fd, off, (int)whence);
    if (p < 0) return pv_raise_errno(errno);
    return pv_int_from_i64(p);
}

static Value f_truncate(Value self, Value *args, size_t nargs, Value kw)
{
    if (need(self, F_WRITE) < 0) return NULL;
    PvFile *c = pv_file_core(self);
    if (pv_file_flush_core(c) < 0) return NULL;
    int64_t size;
    if (nargs >= 1 && args[0] != pv_None) {
        if (pv_int_to_i64(args[0], &size) < 0) return NULL;
    } else {
        size = logical_pos(c);
    }
    if (drop_readahead(c) < 0) return NULL;
    if (ftruncate(c->fd, size) < 0) return pv_raise_errno(errno);
    return pv_int_from_i64(size);
}

static Value f_fileno(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_file_core(self)->fl & F_CLOSED) return pv_raise(&pv_exc_ValueError, "I/O operation on closed file");
    return pv_small(pv_file_core(self)->fd);
}

static Value f_isatty(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_file_check_open(SELF) < 0) return NULL;
    return pv_bool(isatty(pv_file_core(self)->fd));
}

static Value f_readable(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_file_check_open(SELF) < 0) return NULL;
    return pv_bool(pv_file_core(self)->fl & F_READ);
}

static Value f_writable(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_file_check_open(SELF) < 0) return NULL;
    return pv_bool(pv_file_core(self)->fl & F_WRITE);
}

static Value f_seekable(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_file_check_open(SELF) < 0) return NULL;
    return pv_bool(lseek(pv_file_core(self)->fd, 0, SEEK_CUR) >= 0);
}

static Value f_enter(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_file_check_open(SELF) < 0) return NULL;
    return self;
}

static Value f_exit(Value self, Value *args, size_t nargs, Value kw)
{
    return f_close(self, NULL, 0, NULL) ? pv_None : NULL;
}

static Value f_iter(Value self)
{
    if (pv_file_check_open(SELF) < 0) return NULL;
    return self;
}

static Value f_next(Value self)
{
    if (need(self, F_READ) < 0) return NULL;
    Value parked; /* `for line in sys.stdin`: park until a line is there (iowait.c) */
    if (pv_io_file_wait_next(self, &parked)) return parked;
    Value l = SELF->fl & F_BINARY ? bin_read(SELF, -1, true) : text_read(SELF, -1, true);
    if (!l) return NULL;
    size_t len = SELF->fl & F_BINARY ? pv_bytes_size(l) : pv_str_size(l);
    if (!(SELF->fl & F_BINARY)) SELF->fl = len ? SELF->fl | F_NOTELL : SELF->fl & ~F_NOTELL;
    return len ? l : NULL;
}

static Value f_readinto(Value self, Value *args, size_t nargs, Value kw)
{
    if (pv_check_nargs("readinto", nargs, 1, 1) < 0) return NULL;
    if (need(self, F_READ) < 0) return NULL;
    const char *d;
    size_t n;
    if (!pv_bytes_like(args[0], &d, &n) || pv_isinst(args[0], &pv_bytes_type))
        return pv_raise(&pv_exc_TypeError, "readinto() argument must be read-write bytes-like object, not %T",
                        args[0]);
    Value b = bin_read(SELF, n, false);
    if (!b) return NULL;
    memcpy((char *)d, pv_bytes_data(b), pv_bytes_size(b));
    return pv_int_from_u64(pv_bytes_size(b));
}

/* Buffered bytes without advancing (at least one read if none buffered). */
static Value f_peek(Value self, Value *args, size_t nargs, Value kw)
{
    if (need(self, F_READ) < 0) return NULL;
    PvFile *c = pv_file_core(self);
    if (c->rpos >= c->rlen && fill(c) < 0) return NULL;
    return pv_bytes_new(c->rbuf ? c->rbuf + c->rpos : "", c->rlen - c->rpos);
}

static Value f_repr(Value self)
{
    PvFile *f = SELF;
    const char *tn = pv_type_name(pv_type(self));
    PvBuf b;
    pv_buf_init(&b);
    if (pv_buf_printf(&b, "<_io.%s name=%R", tn, f->name) < 0) { pv_buf_free(&b); return NULL; }
    if (!(f->fl & F_BINARY)) pv_buf_printf(&b, " mode=%R encoding=%R", f->mode, f->encoding);
    else if (f->fl & F_UNBUF) pv_buf_printf(&b, " mode=%R closefd=%s", f->mode,
                                             (f->fl & F_CLOSEFD) ? "True" : "False");
    pv_buf_append(&b, ">", 1);
    return pv_buf_finish_str(&b);
}

static Value g_closed(Value self) { return pv_bool(pv_file_core(self)->fl & F_CLOSED); }
static Value g_name(Value self) { return SELF->name; }
static int s_name(Value self, Value v)
{
    if (!v) { pv_raise(&pv_exc_AttributeError, "can't delete attribute"); return -1; }
    SELF->name = v;
    return 0;
}
static Value g_mode(Value self) { return SELF->mode; }
/* CPython's TextIOWrapper takes `mode` in its instance dict (tokenize.open
 * sets it); keep it writable like `name`. */
static int s_mode(Value self, Value v)
{
    if (!v) { pv_raise(&pv_exc_AttributeError, "can't delete attribute"); return -1; }
    SELF->mode = v;
    return 0;
}
static Value g_encoding(Value self)
{
    if (SELF->fl & F_BINARY) return pv_raise(&pv_exc_AttributeError, "'%s' object has no attribute 'encoding'", pv_type(self)->name);
    return SELF->encoding;
}
static Value g_errors(Value self)
{
    if (SELF->fl & F_BINARY) return pv_raise(&pv_exc_AttributeError, "'%s' object has no attribute 'errors'", pv_type(self)->name);
    return SELF->errors;
}
static Value g_line_buffering(Value self) { return pv_bool(pv_file_core(self)->fl & F_LINEBUF); }
static Value g_write_through(Value self) { return pv_bool(pv_file_core(self)->fl & F_UNBUF); }
static Value g_newlines(Value self) { return pv_None; }
static Value g_buffer(Value self)
{
    PvFile *f = SELF;
    if (f->fl & F_BINARY) return pv_raise(&pv_exc_AttributeError, "'%s' object has no attribute 'buffer'", pv_type(self)->name);
    if (!f->buffer) {
        int fl = (f->fl & (F_READ | F_WRITE | F_APPEND)) | F_BINARY;
        Value md = pv_str_from_cstr((fl & F_READ) && (fl & F_WRITE) ? "rb+" : (fl & F_READ) ? "rb" : "wb");
        if (!md) return NULL;
        Value b = pv_file_new(f->fd, fl, f->name, md, NULL, NULL, NL_LF);
        if (!b) return NULL;
        ((PvFile *)b)->parent = self;
        f->buffer = b;
    }
    return f->buffer;
}
static Value g_raw(Value self) { return self; }


static const PvMethodDef file_methods[] = {
    {"read", f_read, 0, NULL},
    {"readline", f_readline, 0, NULL},
    {"readlines", f_readlines, 0, NULL},
    {"readinto", f_readinto, 0, NULL},
    {"read1", f_read, 0, NULL},
    {"peek", f_peek, 0, NULL},
    {"write", f_write, 0, NULL},
    {"writelines", f_writelines, 0, NULL},
    {"flush", f_flush, 0, NULL},
    {"close", f_close, 0, NULL},
    {"seek", f_seek, 0, NULL},
    {"tell", f_tell, 0, NULL},
    {"truncate", f_truncate, 0, NULL},
    {"fileno", f_fileno, 0, NULL},
    {"isatty", f_isatty, 0, NULL},
    {"readable", f_readable, 0, NULL},
    {"writable", f_writable, 0, NULL},
    {"seekable", f_seekable, 0, NULL},
    {"__enter__", f_enter, 0, NULL},
    {"__exit__", f_exit, 0, NULL},
    {"reconfigure", pv_file_reconfigure, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvGetSetDef file_getsets[] = {
    {"closed", g_closed, NULL, NULL},
    {"name", g_name, s_name, NULL},
    {"mode", g_mode, s_mode, NULL},
    {"encoding", g_encoding, NULL, NULL},
    {"errors", g_errors, NULL, NULL},
    {"line_buffering", g_line_buffering, NULL, NULL},
    {"write_through", g_write_through, NULL, NULL},
    {"newlines", g_newlines, NULL, NULL},
    {"buffer", g_buffer, NULL, NULL},
    {"raw", g_raw, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

#define FILE_TYPE(cname, pyname, newfn, basetype)                                 \
    PvType cname = {                                                      \
        .name = pyname, .basicsize = sizeof(PvFile),                      \
        .flags = PV_TPFLAG_BASETYPE, .methods = file_methods,             \
        .getsets = file_getsets, .mark = file_mark,                       \
        .finalize = file_finalize, .repr = f_repr, .iter = f_iter,        \
        .iternext = f_next, .extra = (void *)pv_file_flush, .new_ = newfn, \
        .base = &basetype,                                                \
    }

FILE_TYPE(pv_file_type, "_io.TextIOWrapper", pv_textwrapper_new, pv_textiobase_type);
FILE_TYPE(pv_bufreader_type, "_io.BufferedReader", pv_buffered_new, pv_bufferediobase_type);
FILE_TYPE(pv_bufwriter_type, "_io.BufferedWriter", pv_buffered_new, pv_bufferediobase_type);
FILE_TYPE(pv_bufrandom_type, "_io.BufferedRandom", pv_buffered_new, pv_bufferediobase_type);
FILE_TYPE(pv_fileio_type, "_io.FileIO", NULL, pv_rawiobase_type);

PvType *pv_file_type_for(int fl)
{
    if (!(fl & F_BINARY)) return &pv_file_type;
    if (fl & F_UNBUF) return &pv_fileio_type;
    if ((fl & F_READ) && (fl & F_WRITE)) return &pv_bufrandom_type;
    return (fl & F_READ) ? &pv_bufreader_type : &pv_bufwriter_type;
}

bool pv_is_file(Value v)
{
    return pv_type(v)->extra == (void *)pv_file_flush;
}
