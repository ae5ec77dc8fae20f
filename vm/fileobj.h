/* fileobj.h: the file object shared by fileobj.c, builtins_text.c and
 * modules/io.c. */
#ifndef PV_FILEOBJ_H
#define PV_FILEOBJ_H

#include "pv.h"

enum {
    F_READ = 1, F_WRITE = 2, F_APPEND = 4, F_BINARY = 8, F_CLOSEFD = 16,
    F_CLOSED = 32, F_LINEBUF = 64, F_UNBUF = 128,
    F_BOMDONE = 512, /* utf-8-sig / utf-16 / utf-32: BOM handled */
    F_POLL = 1024,   /* pipe, terminal or socket: reads wait in the poller */
    F_NOTELL = 256, /* text: next() was used, tell() is refused until EOF (as CPython) */
};
/* newline= of open(): None, '', '\n', '\r', '\r\n' */
enum { NL_UNIVERSAL, NL_UNTRANSLATED, NL_LF, NL_CR, NL_CRLF };

typedef struct PvFile {
    PvObj h;
    int fd;
    int fl;
    int newline;
    Value name, mode, encoding, errors; /* encoding/errors NULL for binary */
    Value parent;   /* text file whose fd and buffers a `buffer` view uses */
    Value buffer;   /* cached binary view of a text file */
    char *rbuf;     /* read-ahead (raw bytes) */
    size_t rpos, rlen, rcap;
    char *wbuf;     /* pending output */
    size_t wlen, wcap;
    ssize_t track;  /* index in the list of files flushed at exit, -1 if none */
} PvFile;

extern PvType pv_bufreader_type, pv_bufwriter_type, pv_bufrandom_type, pv_fileio_type;
/* iobase.c: the io base classes */
extern PvType pv_iobase_type, pv_rawiobase_type, pv_bufferediobase_type, pv_textiobase_type;
Value pv_file_new(int fd, int fl, Value name, Value mode, Value encoding, Value errors, int newline);
void pv_file_flush_all(void); /* at exit: what open writable files still buffer */
bool pv_file_is_text(Value v);   /* exactly a text file object of ours */
bool pv_is_file(Value v);        /* any of our file types */
int pv_file_flush(Value file);
Value pv_open(Value *args, size_t nargs, Value kwnames);           /* fileopen.c */
Value pv_textwrapper_new(PvType *type, Value *args, size_t nargs, Value kwnames);
/* io.BufferedReader/Writer/Random(raw): CPython's _pyio classes (fileopen.c) */
Value pv_buffered_new(PvType *type, Value *args, size_t nargs, Value kwnames);
Value pv_file_reconfigure(Value self, Value *args, size_t nargs, Value kwnames);
/* fileobj.c internals shared with fileopen.c */
PvFile *pv_file_core(Value v);       /* the object owning fd and buffers */
int pv_file_check_open(PvFile *f);   /* ValueError when closed */
int pv_file_flush_core(PvFile *c);
Value pv_io_unsupported_type(void);
/* soft-blocking reads of pipes and terminals (iowait.c): fill the read-ahead once (no wait) */
ssize_t pv_file_fill(PvFile *c);
/* Before read(n)/readline(n) of a pollable file: 0 = go on (enough data,
 * EOF, or no soft blocking possible here); 1 = return *out (the call was
 * parked until the data is there, or an error). */
int pv_io_file_wait(Value self, const char *name, Value *args, size_t nargs, ssize_t n,
                    bool line, Value *out);
/* The same for next() reached from FOR_ITER: once a line is buffered the
 * parked thread gets the file itself back and FOR_ITER runs again. */
int pv_io_file_wait_next(Value self, Value *out);
/* The same for a plain function `name` (input()) reading a line of
 * `file` (any object: only our pollable files park); fin(file) makes the
 * result once the line is buffered. */
typedef Value (*PvFileFin)(Value file);
int pv_io_file_wait_call(Value file, const char *name, PvFileFin fin, Value *out);

#endif
