/* fileopen.c: open(), io.TextIOWrapper(binary) and reconfigure(): making
 * and re-making file objects of fileobj.c from Python arguments. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "str_impl.h"
#include "fileobj.h"

#define SELF ((PvFile *)self)

/* newline= argument -> NL_*, or -1 with an exception */
static int parse_newline(const char *fname, Value newline)
{
    if (newline == pv_None) return NL_UNIVERSAL;
    if (!pv_is_str(newline)) {
        pv_raise(&pv_exc_TypeError, "%s() argument 'newline' must be str or None, not %T", fname, newline);
        return -1;
    }
    const char *s = pv_str_data(newline);
    if (!*s) return NL_UNTRANSLATED;
    if (!strcmp(s, "\n")) return NL_LF;
    if (!strcmp(s, "\r")) return NL_CR;
    if (!strcmp(s, "\r\n")) return NL_CRLF;
    pv_raise(&pv_exc_ValueError, "illegal newline value: %s", s);
    return -1;
}

/* Text and buffered layers over objects that are not our own files (a
 * BytesIO, gzip's reader...) come from CPython's pure-Python _pyio. */
static Value pyio_new(const char *cls, Value *args, size_t nargs, Value kwnames)
{
    Value m = pv_import_cstr("_pyio");
    Value c = m ? pv_getattr(m, pv_intern(cls)) : NULL;
    return c ? pv_call(c, args, nargs, kwnames) : NULL;
}

Value pv_buffered_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    const char *n = strrchr(type->name, '.');
    return pyio_new(n ? n + 1 : type->name, args, nargs, kwnames);
}

/* io.TextIOWrapper(buffer, ...) over one of our binary files: a text layer
 * sharing the buffer's fd and buffers. */
Value pv_textwrapper_new(PvType *type, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"buffer", "encoding", "errors", "newline", "line_buffering",
                                         "write_through", NULL};
    Value buf = NULL, enc = pv_None, err = pv_None, newline = pv_None;
    bool lb = false, wt = false;
    if (pv_parse_args("TextIOWrapper", args, nargs, kwnames, "O|OOOpp", kwlist, &buf, &enc, &err,
                      &newline, &lb, &wt) < 0)
        return NULL;
    if (!pv_is_file(buf) || !(((PvFile *)buf)->fl & F_BINARY))
        return pyio_new("TextIOWrapper", args, nargs, kwnames);
    int nl = parse_newline("TextIOWrapper", newline);
    if (nl < 0) return NULL;
    if (enc != pv_None && (!pv_is_str(enc) || !pv_codec_norm(pv_str_data(enc))))
        return pv_err_occurred() ? NULL : pv_raise(&pv_exc_TypeError, "TextIOWrapper() argument 'encoding' must be str or None, not %T", enc);
    if (err != pv_None && !pv_is_str(err))
        return pv_raise(&pv_exc_TypeError, "TextIOWrapper() argument 'errors' must be str or None, not %T", err);
    PvFile *c = pv_file_core(buf);
    if (lb || wt) c->fl |= F_LINEBUF;
    int fl = c->fl & (F_READ | F_WRITE | F_APPEND);
    Value md = pv_str_from_cstr((fl & F_READ) && (fl & F_WRITE) ? "r+" : (fl & F_READ) ? "r" : "w");
    if (!md) return NULL;
    Value t = pv_file_new(c->fd, fl, ((PvFile *)buf)->name, md, enc == pv_None ? pv_intern("utf-8") : enc,
                          err == pv_None ? pv_intern("strict") : err, nl);
    if (!t) return NULL;
    ((PvFile *)t)->parent = (Value)c;
    ((PvFile *)t)->buffer = buf;
    return t;
}

Value pv_file_reconfigure(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"encoding", "errors", "newline", "line_buffering", "write_through", NULL};
    Value enc = NULL, err = NULL, newline = NULL, lb = NULL, wt = NULL;
    if (pv_parse_args("reconfigure", args, nargs, kwnames, "|$OOOOO", kwlist, &enc, &err, &newline, &lb, &wt) < 0)
        return NULL;
    if (SELF->fl & F_BINARY)
        return pv_raise(&pv_exc_AttributeError, "'%s' object has no attribute 'reconfigure'", pv_type(self)->name);
    if (pv_file_check_open(SELF) < 0 || pv_file_flush_core(pv_file_core(self)) < 0) return NULL;
    if (enc && enc != pv_None) {
        if (!pv_is_str(enc)) return pv_raise(&pv_exc_TypeError, "reconfigure() argument 'encoding' must be str or None, not %T", enc);
        if (!pv_codec_norm(pv_str_data(enc))) return NULL;
        SELF->encoding = enc;
        if (!err) SELF->errors = pv_intern("strict");
    }
    if (err && err != pv_None) {
        if (!pv_is_str(err)) return pv_raise(&pv_exc_TypeError, "reconfigure() argument 'errors' must be str or None, not %T", err);
        SELF->errors = err;
    }
    if (newline) {
        int nl = parse_newline("reconfigure", newline);
        if (nl < 0) return NULL;
        SELF->newline = nl;
    }
    Value flags[2] = {lb, wt};
    for (int i = 0; i < 2; i++) {
        if (!flags[i] || flags[i] == pv_None) continue;
        int t = pv_truthy(flags[i]);
        if (t < 0) return NULL;
        if (t) pv_file_core(self)->fl |= F_LINEBUF;
        else if (i == 0) pv_file_core(self)->fl &= ~F_LINEBUF;
    }
    return pv_None;
}

/* ---- open() ---- */

Value pv_open(Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener", NULL};
    Value file = NULL, mode = NULL, encoding = pv_None, errors = pv_None, newline = pv_None, opener = pv_None;
    int64_t buffering = -1;
    bool closefd = true;
    if (pv_parse_args("open", args, nargs, kwnames, "O|OLOOOpO", kwlist, &file, &mode, &buffering,
                      &encoding, &errors, &newline, &closefd, &opener) < 0)
        return NULL;
    const char *m = "r";
    if (mode) {
        if (!pv_is_str(mode))
            return pv_raise(&pv_exc_TypeError, "open() argument 'mode' must be str, not %T", mode);
        m = pv_str_data(mode);
    }
    /* validate the mode as CPython */
    int nr = 0, nw = 0, na = 0, nx = 0, np = 0, nb = 0, nt = 0;
    for (const char *p = m; *p; p++) {
        int *cnt = *p == 'r' ? &nr : *p == 'w' ? &nw : *p == 'a' ? &na : *p == 'x' ? &nx
                 : *p == '+' ? &np : *p == 'b' ? &nb : *p == 't' ? &nt : NULL;
        if (!cnt || *cnt) return pv_raise(&pv_exc_ValueError, "invalid mode: '%s'", m);
        (*cnt)++;
    }
    if (nb && nt) return pv_raise(&pv_exc_ValueError, "can't have text and binary mode at once");
    if (nr + nw + na + nx > 1)
        return pv_raise(&pv_exc_ValueError, "must have exactly one of create/read/write/append mode");
    if (nr + nw + na + nx == 0)
        return pv_raise(&pv_exc_ValueError,
                        "Must have exactly one of create/read/write/append mode and at most one plus");
    if (nb && encoding != pv_None)
        return pv_raise(&pv_exc_ValueError, "binary mode doesn't take an encoding argument");
    if (nb && errors != pv_None)
        return pv_raise(&pv_exc_ValueError, "binary mode doesn't take an errors argument");
    if (nb && newline != pv_None)
        return pv_raise(&pv_exc_ValueError, "binary mode doesn't take a newline argument");
    if (!nb && buffering == 0) return pv_raise(&pv_exc_ValueError, "can't have unbuffered text I/O");
    int nl = parse_newline("open", newline);
    if (nl < 0) return NULL;
    Value enc = pv_intern("UTF-8");
    if (encoding != pv_None) {
        if (!pv_is_str(encoding))
            return pv_raise(&pv_exc_TypeError, "open() argument 'encoding' must be str or None, not %T", encoding);
        if (!pv_codec_norm(pv_str_data(encoding))) return NULL;
        enc = encoding;
    }
    Value err = pv_intern("strict");
    if (errors != pv_None) {
        if (!pv_is_str(errors))
            return pv_raise(&pv_exc_TypeError, "open() argument 'errors' must be str or None, not %T", errors);
        err = errors;
    }
    int fd;
    int oflags = O_CLOEXEC;
    if (np) oflags |= O_RDWR;
    else oflags |= nr ? O_RDONLY : O_WRONLY;
    if (nw) oflags |= O_CREAT | O_TRUNC;
    if (na) oflags |= O_CREAT | O_APPEND;
    if (nx) oflags |= O_CREAT | O_EXCL;
    if (pv_is_int(file)) {
        int64_t v;
        if (pv_int_to_i64(file, &v) < 0) return NULL;
        if (v < 0) return pv_raise(&pv_exc_ValueError, "negative file descriptor");
        fd = (int)v;
    } else {
        if (!closefd) return pv_raise(&pv_exc_ValueError, "Cannot use closefd=False with file name");
        const char *path;
        size_t plen;
        Value pathv = file;
        if (!pv_is_str(file) && !pv_isinst(file, &pv_bytes_type)) {
            Value fsp = pv_type_lookup_str(pv_type(file), "__fspath__");
            if (!fsp)
                return pv_raise(&pv_exc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
            pathv = pv_call_method(file, "__fspath__", NULL, 0);
            if (!pathv) return NULL;
        }
        if (pv_is_str(pathv)) { path = pv_str_data(pathv); plen = pv_str_size(pathv); }
        else { path = pv_bytes_data(pathv); plen = pv_bytes_size(pathv); }
        if (strlen(path) != plen) return pv_raise(&pv_exc_ValueError, "embedded null byte");
        if (opener != pv_None) {
            Value r = pv_call2(opener, file, pv_small(oflags));
            if (!r) return NULL;
            int64_t v;
            if (pv_int_to_i64(r, &v) < 0) return NULL;
            fd = (int)v;
        } else {
            do fd = open(path, oflags, 0666);
            while (fd < 0 && errno == EINTR);
            if (fd < 0) return pv_raise_errno_filename(errno, file);
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return pv_raise_errno_filename(EISDIR, file);
        }
    }
    int fl = (nr ? F_READ : 0) | (nw || na || nx ? F_WRITE : 0) | (na ? F_APPEND : 0) |
             (np ? F_READ | F_WRITE : 0) | (nb ? F_BINARY : 0) | (closefd ? F_CLOSEFD : 0);
    if (nb && buffering == 0) fl |= F_UNBUF;
    if (!nb && buffering == 1) fl |= F_LINEBUF;
    if (!nb && buffering < 0 && (fl & F_WRITE) && isatty(fd)) fl |= F_LINEBUF;
    if (na) lseek(fd, 0, SEEK_END);
    Value md = mode ? mode : pv_intern("r");
    if (nb) {
        /* binary objects report the normalised mode of their raw file */
        const char *bm = nx ? (np ? "xb+" : "xb") : na ? (np ? "ab+" : "ab") : nw ? (np ? "rb+" : "wb")
                       : np ? "rb+" : "rb";
        md = pv_str_from_cstr(bm);
        if (!md) return NULL;
    }
    return pv_file_new(fd, fl, file, md, nb ? NULL : enc, nb ? NULL : err, nl);
}
