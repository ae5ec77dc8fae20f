/* builtins_text.c: the text built-in functions: print, input, chr, ord,
 * ascii, format, repr, open. */
#include <string.h>
#include <stdio.h>
#include "str_impl.h"
#include "fileobj.h"

static Value sys_stream(const char *name)
{
    Value sys = pv_import_cstr("sys");
    if (!sys) return NULL;
    Value f = pv_getattr_str(sys, name);
    if (!f) {
        pv_err_clear();
        return pv_raise(&pv_exc_RuntimeError, "lost sys.%s", name);
    }
    return f;
}

static Value b_print(Value self, Value *args, size_t nargs, Value kwnames)
{
    Value sep = pv_None, end = pv_None, file = pv_None, flush = pv_False;
    size_t nkw = kwnames ? pv_tuple_size(kwnames) : 0;
    size_t npos = nargs;
    for (size_t i = 0; i < nkw; i++) {
        Value k = pv_tuple_items(kwnames)[i], v = args[nargs + i];
        if (pv_str_eq_cstr(k, "sep")) sep = v;
        else if (pv_str_eq_cstr(k, "end")) end = v;
        else if (pv_str_eq_cstr(k, "file")) file = v;
        else if (pv_str_eq_cstr(k, "flush")) flush = v;
        else return pv_raise(&pv_exc_TypeError, "'%S' is an invalid keyword argument for print()", k);
    }
    if (sep != pv_None && !pv_is_str(sep))
        return pv_raise(&pv_exc_TypeError, "sep must be None or a string, not %T", sep);
    if (end != pv_None && !pv_is_str(end))
        return pv_raise(&pv_exc_TypeError, "end must be None or a string, not %T", end);
    if (file == pv_None) {
        file = sys_stream("stdout");
        if (!file) return NULL;
        if (file == pv_None) return pv_None;
    }
    if (pv_file_is_text(file)) {
        /* fast path: build the whole line, write once */
        PvBuf b;
        pv_buf_init(&b);
        for (size_t i = 0; i < npos; i++) {
            if (i) {
                if (sep == pv_None ? pv_buf_append(&b, " ", 1) : pv_buf_append_str(&b, sep)) goto fail;
            }
            Value s = pv_type(args[i]) == &pv_str_type ? args[i] : pv_str(args[i]);
            if (!s || pv_buf_append_str(&b, s) < 0) goto fail;
        }
        if (end == pv_None ? pv_buf_append(&b, "\n", 1) : pv_buf_append_str(&b, end)) goto fail;
        {
            Value line = pv_buf_finish_str(&b);
            if (!line || pv_file_write_value(file, line) < 0) return NULL;
        }
        goto done;
    fail:
        pv_buf_free(&b);
        return NULL;
    }
    for (size_t i = 0; i < npos; i++) {
        if (i && pv_file_write_value(file, sep == pv_None ? pv_intern(" ") : sep) < 0) return NULL;
        Value s = pv_str(args[i]);
        if (!s || pv_file_write_value(file, s) < 0) return NULL;
    }
    if (pv_file_write_value(file, end == pv_None ? pv_intern("\n") : end) < 0) return NULL;
done: {
        int t = pv_truthy(flush);
        if (t < 0) return NULL;
        if (t && pv_file_flush(file) < 0) return NULL;
    }
    return pv_None;
}

/* The .pe print statement (Python 2 semantics, with softspace): items are
 * separated by one space, a trailing comma leaves the line open. */
static Value softspace_file;

static Value print_target(Value file)
{
    if (file && file != pv_None) return file;
    return sys_stream("stdout");
}

int pv_print_item(Value file, Value v)
{
    Value f = print_target(file);
    if (!f) return -1;
    static bool rooted;
    if (!rooted) { pv_gc_add_root(&softspace_file); rooted = true; }
    if (softspace_file == f && pv_file_write_value(f, pv_intern(" ")) < 0) return -1;
    Value s = pv_str(v);
    if (!s || pv_file_write_value(f, s) < 0) return -1;
    size_t n = pv_str_size(s);
    softspace_file = (n && pv_str_data(s)[n - 1] == '\n') ? NULL : f;
    return 0;
}

int pv_print_end(Value file, bool newline)
{
    Value f = print_target(file);
    if (!f) return -1;
    if (newline) {
        softspace_file = NULL;
        return pv_file_write_value(f, pv_intern("\n"));
    }
    return 0;
}

static Value input_line(Value in);

static Value b_input(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("input", kwnames) < 0 || pv_check_nargs("input", nargs, 0, 1) < 0) return NULL;
    Value in = sys_stream("stdin"), out = sys_stream("stdout");
    if (!in || !out) return NULL;
    Value err = sys_stream("stderr");
    if (err && err != pv_None && pv_file_flush(err) < 0) pv_err_clear();
    if (!err) pv_err_clear();
    if (nargs == 1 && out != pv_None) {
        Value p = pv_str(args[0]);
        if (!p || pv_file_write_value(out, p) < 0) return NULL;
    }
    if (out != pv_None && pv_file_flush(out) < 0) return NULL;
    if (in == pv_None) return pv_raise(&pv_exc_RuntimeError, "input(): lost sys.stdin");
    Value parked; /* stdin a pipe or terminal: wait in this green thread only (iowait.c) */
    if (pv_io_file_wait_call(in, "input", input_line, &parked)) return parked;
    return input_line(in);
}

static Value input_line(Value in)
{
    Value line = pv_call_method(in, "readline", NULL, 0);
    if (!line) return NULL;
    if (!pv_is_str(line)) return pv_raise(&pv_exc_TypeError, "object.readline() returned non-string");
    size_t n = pv_str_size(line);
    if (n == 0) return pv_raise(&pv_exc_EOFError, "EOF when reading a line");
    if (pv_str_data(line)[n - 1] == '\n') return pv_str_new(pv_str_data(line), n - 1);
    return line;
}

static Value b_chr(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("chr", kwnames) < 0 || pv_check_nargs("chr", nargs, 1, 1) < 0) return NULL;
    Value v = args[0];
    if (!pv_is_int(v)) {
        if (!pv_type(v)->index)
            return pv_raise(&pv_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
        v = pv_index(v);
        if (!v) return NULL;
    }
    int64_t c;
    if (pv_int_to_i64(v, &c) < 0) {
        pv_err_clear();
        return pv_raise(&pv_exc_OverflowError, "Python int too large to convert to C int");
    }
    if (c > INT32_MAX || c < INT32_MIN)
        return pv_raise(&pv_exc_OverflowError, c < 0 ? "signed integer is less than minimum"
                                                     : "signed integer is greater than maximum");
    if (c < 0 || c > 0x10ffff) return pv_raise(&pv_exc_ValueError, "chr() arg not in range(0x110000)");
    return pv_str_from_codepoint((uint32_t)c);
}

static Value b_ord(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("ord", kwnames) < 0 || pv_check_nargs("ord", nargs, 1, 1) < 0) return NULL;
    Value v = args[0];
    if (pv_is_str(v)) {
        if (pv_str_len(v) != 1)
            return pv_raise(&pv_exc_TypeError, "ord() expected a character, but string of length %zu found",
                            pv_str_len(v));
        return pv_small(pv_str_char_at(v, 0));
    }
    const char *d;
    size_t n;
    if ((pv_isinst(v, &pv_bytes_type) || pv_isinst(v, &pv_bytearray_type)) && pv_bytes_like(v, &d, &n)) {
        if (n != 1)
            return pv_raise(&pv_exc_TypeError, "ord() expected a character, but string of length %zu found", n);
        return pv_small((unsigned char)d[0]);
    }
    return pv_raise(&pv_exc_TypeError, "ord() expected string of length 1, but %T found", v);
}

static Value b_ascii(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("ascii", kwnames) < 0 || pv_check_nargs("ascii", nargs, 1, 1) < 0) return NULL;
    return pv_ascii(args[0]);
}

static Value b_repr(Value self, Value *args, size_t nargs, Value kwnames)
{
    if (pv_check_no_kwargs("repr", kwnames) < 0 || pv_check_nargs("repr", nargs, 1, 1) < 0) return NULL;
    return pv_repr(args[0]);
}

static Value b_format(Value self, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kwlist[] = {"", "", NULL};
    Value v = NULL, spec = NULL;
    if (pv_parse_args("format", args, nargs, kwnames, "O|O", kwlist, &v, &spec) < 0) return NULL;
    if (!spec) spec = pv_str_empty();
    else if (!pv_is_str(spec))
        return pv_raise(&pv_exc_TypeError, "format() argument 2 must be str, not %s",
                        spec == pv_None ? "None" : pv_type_name(pv_type(spec)));
    return pv_format(v, spec);
}

static Value b_open(Value self, Value *args, size_t nargs, Value kwnames)
{
    return pv_open(args, nargs, kwnames);
}

const PvMethodDef pv_builtins_text[] = {
    {"print", b_print, 0, "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)"},
    {"input", b_input, 0, "Read a string from standard input."},
    {"chr", b_chr, 0, "Return a Unicode string of one character with ordinal i."},
    {"ord", b_ord, 0, "Return the Unicode code point for a one-character string."},
    {"ascii", b_ascii, 0, "Return an ASCII-only representation of an object."},
    {"repr", b_repr, 0, "Return the canonical string representation of the object."},
    {"format", b_format, 0, "Return value.__format__(format_spec)"},
    {"open", b_open, 0, "Open file and return a stream."},
    {NULL, NULL, 0, NULL},
};
