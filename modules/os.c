/* os.c: the `_posix` module (Lib/posix.py makes `posix` of it, and
 * CPython's os.py builds `os` on that): paths, files, directories and
 * file descriptors. Identity, environment and system information are in
 * os_misc.c, processes and the real-blocking read/write in os_proc.c.
 * Paths are str, bytes or path-like (some functions take an fd too, and
 * dir_fd / follow_symlinks as CPython); errors are OSError subclasses
 * carrying errno and the filename(s). */
#define _GNU_SOURCE
#include "os.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/types.h>
#include <unistd.h>
#ifdef __linux__
#include <pty.h>
#else
#include <util.h>
#endif

int pv_os_path(Value v, PvPath *p, const char *fname, bool allow_fd)
{
    p->obj = v;
    p->s = NULL;
    p->fd = -1;
    p->bytes = false;
    if (allow_fd && pv_is_int(v) && !pv_is_str(v)) {
        if (pv_os_int(v, &p->fd) < 0)
            return -1;
        if (p->fd < 0) {
            pv_raise(&pv_exc_ValueError, "%s: fd must not be negative", fname);
            return -1;
        }
        return 0;
    }
    if (!pv_is_str(v) && !pv_isinst(v, &pv_bytes_type)) {
        bool found;
        Value r = pv_type_lookup(pv_type(v), pv_id___fspath__)
                      ? pv_call_special(v, pv_id___fspath__, NULL, 0, &found) : NULL;
        if (!r && pv_err_occurred())
            return -1;
        if (!r) {
            pv_raise(&pv_exc_TypeError, "%s: path should be string, bytes%s, not %s", fname,
                     allow_fd ? ", os.PathLike or integer" : " or os.PathLike",
                     pv_type_name(pv_type(v)));
            return -1;
        }
        if (!pv_is_str(r) && !pv_isinst(r, &pv_bytes_type)) {
            pv_raise(&pv_exc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                     pv_type_name(pv_type(v)), pv_type_name(pv_type(r)));
            return -1;
        }
        v = r;
    }
    if (pv_is_str(v)) {
        p->s = pv_str_data(v);
        if (strlen(p->s) != pv_str_size(v)) {
            pv_raise(&pv_exc_ValueError, "embedded null byte");
            return -1;
        }
    } else {
        p->s = pv_bytes_data(v);
        p->bytes = true;
        if (strlen(p->s) != pv_bytes_size(v)) {
            pv_raise(&pv_exc_ValueError, "%s: embedded null character in path", fname);
            return -1;
        }
    }
    return 0;
}

int pv_os_int(Value v, int *out)
{
    if (!pv_is_int(v)) {
        pv_raise(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                 pv_type_name(pv_type(v)));
        return -1;
    }
    int64_t i;
    if (pv_int_to_i64(v, &i) < 0)
        return -1;
    if (i < INT32_MIN || i > INT32_MAX) {
        pv_raise(&pv_exc_OverflowError, "signed integer is greater than maximum");
        return -1;
    }
    *out = (int)i;
    return 0;
}

int pv_os_dir_fd(Value v, int *fd)
{
    if (!v || v == pv_None) {
        *fd = AT_FDCWD;
        return 0;
    }
    if (!pv_is_int(v)) {
        pv_raise(&pv_exc_TypeError, "argument should be integer or None, not %s",
                 pv_type_name(pv_type(v)));
        return -1;
    }
    return pv_os_int(v, fd);
}

Value pv_os_name(const char *s, size_t n, bool as_bytes)
{
    return as_bytes ? pv_bytes_new(s, n) : pv_str_decode_utf8(s, n, "surrogateescape");
}

static Value path_err(PvPath *p)
{
    return p->fd >= 0 ? pv_raise_errno(errno) : pv_raise_errno_filename(errno, p->obj);
}

static Value path2_err(Value a, Value b)
{
    int e = errno;
    Value fa[5] = {pv_small(e), pv_str_from_cstr(strerror(e)), a, pv_None, b};
    if (!fa[1])
        return NULL;
    Value exc = pv_exc_new(&pv_exc_OSError, fa, 5);
    return exc ? pv_raise_value(exc) : NULL;
}

#define UNUSED (void)self

/* fd argument of the fd-only functions */
static int fd_args(const char *fname, Value *args, size_t nargs, Value kwnames, int *fd)
{
    static const char *const kw[] = {"fd", NULL};
    Value v;
    if (pv_parse_args(fname, args, nargs, kwnames, "O", kw, &v) < 0)
        return -1;
    return pv_os_int(v, fd);
}

FN(os_getcwd)
{
    UNUSED;
    (void)args;
    if (pv_check_nargs("getcwd", nargs, 0, 0) < 0 || pv_check_no_kwargs("getcwd", kwnames) < 0)
        return NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return pv_raise_errno(errno);
    return pv_str_decode_utf8(buf, strlen(buf), "surrogateescape");
}

FN(os_getcwdb)
{
    UNUSED;
    (void)args;
    if (pv_check_nargs("getcwdb", nargs, 0, 0) < 0 || pv_check_no_kwargs("getcwdb", kwnames) < 0)
        return NULL;
    char buf[4096];
    if (!getcwd(buf, sizeof buf))
        return pv_raise_errno(errno);
    return pv_bytes_new(buf, strlen(buf));
}

FN(os_chdir)
{
    UNUSED;
    static const char *const kw[] = {"path", NULL};
    Value v;
    PvPath p;
    if (pv_parse_args("chdir", args, nargs, kwnames, "O", kw, &v) < 0 ||
        pv_os_path(v, &p, "chdir", true) < 0)
        return NULL;
    if ((p.fd >= 0 ? fchdir(p.fd) : chdir(p.s)) < 0)
        return path_err(&p);
    return pv_None;
}

/* fn(path, *, dir_fd=None) for unlink/remove/rmdir */
static Value unlink_like(const char *fname, Value *args, size_t nargs, Value kwnames, int flags)
{
    static const char *const kw[] = {"path", "dir_fd", NULL};
    Value v, dfd = pv_None;
    PvPath p;
    int dir_fd;
    if (pv_parse_args(fname, args, nargs, kwnames, "O|$O", kw, &v, &dfd) < 0 ||
        pv_os_path(v, &p, fname, false) < 0 || pv_os_dir_fd(dfd, &dir_fd) < 0)
        return NULL;
    if (unlinkat(dir_fd, p.s, flags) < 0)
        return path_err(&p);
    return pv_None;
}

FN(os_rmdir) { UNUSED; return unlink_like("rmdir", args, nargs, kwnames, AT_REMOVEDIR); }
FN(os_unlink) { UNUSED; return unlink_like("unlink", args, nargs, kwnames, 0); }
FN(os_remove) { UNUSED; return unlink_like("remove", args, nargs, kwnames, 0); }

/* mkdir(path, mode=0o777, *, dir_fd=None), mkfifo(path, mode=0o666, ...) */
static Value mk_like(const char *fname, Value *args, size_t nargs, Value kwnames, int mode,
                     bool fifo)
{
    static const char *const kw[] = {"path", "mode", "dir_fd", NULL};
    Value v, dfd = pv_None;
    PvPath p;
    int dir_fd;
    if (pv_parse_args(fname, args, nargs, kwnames, "O|i$O", kw, &v, &mode, &dfd) < 0 ||
        pv_os_path(v, &p, fname, false) < 0 || pv_os_dir_fd(dfd, &dir_fd) < 0)
        return NULL;
    int r = fifo ? mkfifoat(dir_fd, p.s, (mode_t)mode) : mkdirat(dir_fd, p.s, (mode_t)mode);
    if (r < 0)
        return path_err(&p);
    return pv_None;
}

FN(os_mkdir) { UNUSED; return mk_like("mkdir", args, nargs, kwnames, 0777, false); }

FN(os_mknod)
{
    UNUSED;
    static const char *const kw[] = {"path", "mode", "device", "dir_fd", NULL};
    Value v, dfd = pv_None;
    PvPath p;
    int mode = 0600, dir_fd;
    int64_t dev = 0;
    if (pv_parse_args("mknod", args, nargs, kwnames, "O|iL$O", kw, &v, &mode, &dev, &dfd) < 0 ||
        pv_os_path(v, &p, "mknod", false) < 0 || pv_os_dir_fd(dfd, &dir_fd) < 0)
        return NULL;
    if (mknodat(dir_fd, p.s, (mode_t)mode, (dev_t)dev) < 0)
        return path_err(&p);
    return pv_None;
}
FN(os_mkfifo) { UNUSED; return mk_like("mkfifo", args, nargs, kwnames, 0666, true); }

/* rename/replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None) */
static Value rename_like(const char *fname, Value *args, size_t nargs, Value kwnames)
{
    static const char *const kw[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", NULL};
    Value a, b, da = pv_None, db = pv_None;
    PvPath pa, pb;
    int fa, fb;
    if (pv_parse_args(fname, args, nargs, kwnames, "OO|$OO", kw, &a, &b, &da, &db) < 0 ||
        pv_os_path(a, &pa, fname, false) < 0 || pv_os_path(b, &pb, fname, false) < 0 ||
        pv_os_dir_fd(da, &fa) < 0 || pv_os_dir_fd(db, &fb) < 0)
        return NULL;
    if (renameat(fa, pa.s, fb, pb.s) < 0)
        return path2_err(a, b);
    return pv_None;
}

FN(os_rename) { UNUSED; return rename_like("rename", args, nargs, kwnames); }
FN(os_replace) { UNUSED; return rename_like("replace", args, nargs, kwnames); }

FN(os_symlink)
{
    UNUSED;
    static const char *const kw[] = {"src", "dst", "target_is_directory", "dir_fd", NULL};
    Value a, b, dfd = pv_None;
    bool isdir = false;
    PvPath pa, pb;
    int fd;
    if (pv_parse_args("symlink", args, nargs, kwnames, "OO|p$O", kw, &a, &b, &isdir, &dfd) < 0 ||
        pv_os_path(a, &pa, "symlink", false) < 0 || pv_os_path(b, &pb, "symlink", false) < 0 ||
        pv_os_dir_fd(dfd, &fd) < 0)
        return NULL;
    if (symlinkat(pa.s, fd, pb.s) < 0)
        return path2_err(a, b);
    return pv_None;
}

FN(os_link)
{
    UNUSED;
    static const char *const kw[] = {"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks",
                                     NULL};
    Value a, b, da = pv_None, db = pv_None;
    bool follow = true;
    PvPath pa, pb;
    int fa, fb;
    if (pv_parse_args("link", args, nargs, kwnames, "OO|$OOp", kw, &a, &b, &da, &db, &follow) < 0 ||
        pv_os_path(a, &pa, "link", false) < 0 || pv_os_path(b, &pb, "link", false) < 0 ||
        pv_os_dir_fd(da, &fa) < 0 || pv_os_dir_fd(db, &fb) < 0)
        return NULL;
    if (linkat(fa, pa.s, fb, pb.s, follow ? AT_SYMLINK_FOLLOW : 0) < 0)
        return path2_err(a, b);
    return pv_None;
}

FN(os_readlink)
{
    UNUSED;
    static const char *const kw[] = {"path", "dir_fd", NULL};
    Value v, dfd = pv_None;
    PvPath p;
    int fd;
    if (pv_parse_args("readlink", args, nargs, kwnames, "O|$O", kw, &v, &dfd) < 0 ||
        pv_os_path(v, &p, "readlink", false) < 0 || pv_os_dir_fd(dfd, &fd) < 0)
        return NULL;
    char buf[4096];
    ssize_t n = readlinkat(fd, p.s, buf, sizeof buf);
    if (n < 0)
        return path_err(&p);
    return pv_os_name(buf, (size_t)n, p.bytes);
}

/* A DIR* for a path (p.s, or "." when NULL) or for a dup of an fd. */
static DIR *open_dir(PvPath *p)
{
    if (p->fd >= 0) {
        int d = fcntl(p->fd, F_DUPFD_CLOEXEC, 0);
        if (d < 0)
            return NULL;
        DIR *dir = fdopendir(d);
        if (!dir) {
            int e = errno;
            close(d);
            errno = e;
            return NULL;
        }
        rewinddir(dir);
        return dir;
    }
    return opendir(p->s ? p->s : ".");
}

/* listdir(path=None) -> names; _scandir(path) -> [(name, d_type, ino)]
 * (DirEntry is built in posix.py). */
static Value list_dir(const char *fname, Value *args, size_t nargs, Value kwnames, bool raw)
{
    static const char *const kw[] = {"path", NULL};
    Value v = pv_None;
    PvPath p = {pv_None, NULL, -1, false};
    if (pv_parse_args(fname, args, nargs, kwnames, "|O", kw, &v) < 0)
        return NULL;
    if (v != pv_None) {
        if (!pv_is_str(v) && !pv_isinst(v, &pv_bytes_type) && !pv_is_int(v) &&
            !pv_type_lookup(pv_type(v), pv_id___fspath__))
            return pv_raise(&pv_exc_TypeError,
                            "%s: path should be string, bytes, os.PathLike, integer or None, not %s",
                            fname, pv_type_name(pv_type(v)));
        if (pv_os_path(v, &p, fname, true) < 0)
            return NULL;
    }
    DIR *d = open_dir(&p);
    if (!d)
        return v == pv_None ? pv_raise_errno_filename(errno, pv_str_from_cstr(".")) : path_err(&p);
    Value list = pv_list_new(0);
    struct dirent *e;
    while (list && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        Value n = pv_os_name(e->d_name, strlen(e->d_name), p.bytes);
        if (n && raw)
            n = pv_tuple_pack(3, n, pv_small(e->d_type), pv_int_from_u64(e->d_ino));
        if (!n || pv_list_append(list, n) < 0)
            list = NULL;
    }
    closedir(d);
    return list;
}

FN(os_listdir) { UNUSED; return list_dir("listdir", args, nargs, kwnames, false); }
FN(os_scandir_raw) { UNUSED; return list_dir("scandir", args, nargs, kwnames, true); }

static int64_t ts_ns(struct timespec ts)
{
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* The raw fields; posix.stat_result is made from them in posix.py. */
static Value stat_tuple(const struct stat *st)
{
    Value v[13] = {
        pv_int_from_u64(st->st_mode), pv_int_from_u64(st->st_ino), pv_int_from_u64(st->st_dev),
        pv_int_from_u64(st->st_nlink), pv_int_from_u64(st->st_uid), pv_int_from_u64(st->st_gid),
        pv_int_from_i64(st->st_size), pv_int_from_i64(ts_ns(st->st_atim)),
        pv_int_from_i64(ts_ns(st->st_mtim)), pv_int_from_i64(ts_ns(st->st_ctim)),
        pv_int_from_i64(st->st_blksize), pv_int_from_i64(st->st_blocks),
        pv_int_from_u64(st->st_rdev),
    };
    for (int i = 0; i < 13; i++)
        if (!v[i])
            return NULL;
    return pv_tuple_from(v, 13);
}

/* stat(path, *, dir_fd=None, follow_symlinks=True); lstat(path, *, dir_fd=None) */
static Value do_stat(const char *fname, Value *args, size_t nargs, Value kwnames, bool follow)
{
    static const char *const kw[] = {"path", "dir_fd", "follow_symlinks", NULL};
    Value v, dfd = pv_None;
    bool fl = follow;
    PvPath p;
    int fd;
    if (pv_parse_args(fname, args, nargs, kwnames, follow ? "O|$Op" : "O|$O", kw, &v, &dfd,
                      &fl) < 0 ||
        pv_os_path(v, &p, fname, follow) < 0 || pv_os_dir_fd(dfd, &fd) < 0)
        return NULL;
    struct stat st;
    int r = p.fd >= 0 ? fstat(p.fd, &st) : fstatat(fd, p.s, &st, fl ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0)
        return path_err(&p);
    return stat_tuple(&st);
}

FN(os_stat) { UNUSED; return do_stat("stat", args, nargs, kwnames, true); }
FN(os_lstat) { UNUSED; return do_stat("lstat", args, nargs, kwnames, false); }

FN(os_fstat)
{
    UNUSED;
    int fd;
    if (fd_args("fstat", args, nargs, kwnames, &fd) < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) < 0)
        return pv_raise_errno(errno);
    return stat_tuple(&st);
}

static Value vfs_tuple(const struct statvfs *s)
{
    return pv_tuple_pack(11, pv_int_from_u64(s->f_bsize), pv_int_from_u64(s->f_frsize),
                         pv_int_from_u64(s->f_blocks), pv_int_from_u64(s->f_bfree),
                         pv_int_from_u64(s->f_bavail), pv_int_from_u64(s->f_files),
                         pv_int_from_u64(s->f_ffree), pv_int_from_u64(s->f_favail),
                         pv_int_from_u64(s->f_flag), pv_int_from_u64(s->f_namemax),
                         pv_int_from_u64(s->f_fsid));
}

FN(os_statvfs)
{
    UNUSED;
    static const char *const kw[] = {"path", NULL};
    Value v;
    PvPath p;
    if (pv_parse_args("statvfs", args, nargs, kwnames, "O", kw, &v) < 0 ||
        pv_os_path(v, &p, "statvfs", true) < 0)
        return NULL;
    struct statvfs s;
    if ((p.fd >= 0 ? fstatvfs(p.fd, &s) : statvfs(p.s, &s)) < 0)
        return path_err(&p);
    return vfs_tuple(&s);
}

FN(os_fstatvfs)
{
    UNUSED;
    int fd;
    struct statvfs s;
    if (fd_args("fstatvfs", args, nargs, kwnames, &fd) < 0)
        return NULL;
    if (fstatvfs(fd, &s) < 0)
        return pv_raise_errno(errno);
    return vfs_tuple(&s);
}

FN(os_access)
{
    UNUSED;
    static const char *const kw[] = {"path", "mode", "dir_fd", "effective_ids", "follow_symlinks",
                                     NULL};
    Value v, dfd = pv_None;
    int mode, fd;
    bool eff = false, follow = true;
    PvPath p;
    if (pv_parse_args("access", args, nargs, kwnames, "Oi|$Opp", kw, &v, &mode, &dfd, &eff,
                      &follow) < 0 ||
        pv_os_path(v, &p, "access", false) < 0 || pv_os_dir_fd(dfd, &fd) < 0)
        return NULL;
    int fl = (eff ? AT_EACCESS : 0) | (follow ? 0 : AT_SYMLINK_NOFOLLOW);
    return pv_bool(faccessat(fd, p.s, mode, fl) == 0);
}

FN(os_chmod)
{
    UNUSED;
    static const char *const kw[] = {"path", "mode", "dir_fd", "follow_symlinks", NULL};
    Value v, dfd = pv_None;
    int mode, fd;
    bool follow = true;
    PvPath p;
    if (pv_parse_args("chmod", args, nargs, kwnames, "Oi|$Op", kw, &v, &mode, &dfd, &follow) < 0 ||
        pv_os_path(v, &p, "chmod", true) < 0 || pv_os_dir_fd(dfd, &fd) < 0)
        return NULL;
    if (!follow)
        return pv_raise(&pv_exc_NotImplementedError,
                        "chmod: follow_symlinks unavailable on this platform");
    if ((p.fd >= 0 ? fchmod(p.fd, (mode_t)mode) : fchmodat(fd, p.s, (mode_t)mode, 0)) < 0)
        return path_err(&p);
    return pv_None;
}

FN(os_fchmod)
{
    UNUSED;
    static const char *const kw[] = {"fd", "mode", NULL};
    int fd, mode;
    if (pv_parse_args("fchmod", args, nargs, kwnames, "ii", kw, &fd, &mode) < 0)
        return NULL;
    if (fchmod(fd, (mode_t)mode) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

static Value chown_like(const char *fname, Value *args, size_t nargs, Value kwnames, bool follow)
{
    static const char *const kw[] = {"path", "uid", "gid", "dir_fd", "follow_symlinks", NULL};
    Value v, dfd = pv_None;
    int64_t uid, gid;
    int fd;
    PvPath p;
    if (pv_parse_args(fname, args, nargs, kwnames, follow ? "OLL|$Op" : "OLL", kw, &v, &uid, &gid,
                      &dfd, &follow) < 0 ||
        pv_os_path(v, &p, fname, follow) < 0 || pv_os_dir_fd(dfd, &fd) < 0)
        return NULL;
    int r = p.fd >= 0 ? fchown(p.fd, (uid_t)uid, (gid_t)gid)
                      : fchownat(fd, p.s, (uid_t)uid, (gid_t)gid, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0)
        return path_err(&p);
    return pv_None;
}

FN(os_chown) { UNUSED; return chown_like("chown", args, nargs, kwnames, true); }
FN(os_lchown) { UNUSED; return chown_like("lchown", args, nargs, kwnames, false); }

FN(os_fchown)
{
    UNUSED;
    static const char *const kw[] = {"fd", "uid", "gid", NULL};
    int fd;
    int64_t uid, gid;
    if (pv_parse_args("fchown", args, nargs, kwnames, "iLL", kw, &fd, &uid, &gid) < 0)
        return NULL;
    if (fchown(fd, (uid_t)uid, (gid_t)gid) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

/* A time in seconds (int or float) as a timespec. */
static int sec_to_ts(Value v, struct timespec *ts)
{
    if (pv_is_int(v)) {
        int64_t s;
        if (pv_int_to_i64(v, &s) < 0)
            return -1;
        ts->tv_sec = s;
        ts->tv_nsec = 0;
        return 0;
    }
    if (!pv_isinst(v, &pv_float_type)) {
        pv_raise(&pv_exc_TypeError, "an integer or float is required, not %s",
                 pv_type_name(pv_type(v)));
        return -1;
    }
    double d = pv_float_val(v), s = (double)(int64_t)d;
    if (s > d)
        s -= 1;
    ts->tv_sec = (time_t)s;
    ts->tv_nsec = (long)((d - s) * 1e9 + 0.5);
    if (ts->tv_nsec >= 1000000000) {
        ts->tv_sec++;
        ts->tv_nsec -= 1000000000;
    }
    return 0;
}

static int ns_to_ts(Value v, struct timespec *ts)
{
    if (!pv_is_int(v)) {
        pv_raise(&pv_exc_TypeError, "an integer is required");
        return -1;
    }
    Value q = pv_binop(v, pv_small(1000000000), PV_OP_FLOORDIV);
    Value r = q ? pv_binop(v, pv_small(1000000000), PV_OP_MOD) : NULL;
    int64_t s, n;
    if (!r || pv_int_to_i64(q, &s) < 0 || pv_int_to_i64(r, &n) < 0)
        return -1;
    ts->tv_sec = s;
    ts->tv_nsec = n;
    return 0;
}

/* utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True) */
FN(os_utime)
{
    UNUSED;
    static const char *const kw[] = {"path", "times", "ns", "dir_fd", "follow_symlinks", NULL};
    Value v, times = pv_None, ns = NULL, dfd = pv_None;
    bool follow = true;
    int fd;
    PvPath p;
    if (pv_parse_args("utime", args, nargs, kwnames, "O|O$OOp", kw, &v, &times, &ns, &dfd,
                      &follow) < 0 ||
        pv_os_path(v, &p, "utime", true) < 0 || pv_os_dir_fd(dfd, &fd) < 0)
        return NULL;
    struct timespec ts[2], *tsp = NULL;
    if (times != pv_None && ns)
        return pv_raise(&pv_exc_ValueError,
                        "utime: you may specify either 'times' or 'ns' but not both");
    Value pair = times != pv_None ? times : ns;
    if (pair) {
        if (!pv_isinst(pair, &pv_tuple_type) || pv_tuple_size(pair) != 2)
            return pv_raise(&pv_exc_TypeError, times != pv_None
                                ? "utime: 'times' must be either a tuple of two ints or None"
                                : "utime: 'ns' must be a tuple of two ints");
        for (int i = 0; i < 2; i++)
            if ((times != pv_None ? sec_to_ts : ns_to_ts)(pv_tuple_items(pair)[i], &ts[i]) < 0)
                return NULL;
        tsp = ts;
    }
    int r = p.fd >= 0 ? futimens(p.fd, tsp)
                      : utimensat(fd, p.s, tsp, follow ? 0 : AT_SYMLINK_NOFOLLOW);
    if (r < 0)
        return path_err(&p);
    return pv_None;
}

FN(os_truncate)
{
    UNUSED;
    static const char *const kw[] = {"path", "length", NULL};
    Value v;
    int64_t len;
    PvPath p;
    if (pv_parse_args("truncate", args, nargs, kwnames, "OL", kw, &v, &len) < 0 ||
        pv_os_path(v, &p, "truncate", true) < 0)
        return NULL;
    if ((p.fd >= 0 ? ftruncate(p.fd, (off_t)len) : truncate(p.s, (off_t)len)) < 0)
        return path_err(&p);
    return pv_None;
}

FN(os_ftruncate)
{
    UNUSED;
    static const char *const kw[] = {"", "", NULL};
    int fd;
    int64_t len;
    if (pv_parse_args("ftruncate", args, nargs, kwnames, "iL", kw, &fd, &len) < 0)
        return NULL;
    if (ftruncate(fd, (off_t)len) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

/* fsync/fdatasync(fd): an object with fileno() is accepted too */
static Value sync_like(const char *fname, Value *args, size_t nargs, Value kwnames, bool data)
{
    static const char *const kw[] = {"fd", NULL};
    Value v;
    int fd;
    if (pv_parse_args(fname, args, nargs, kwnames, "O", kw, &v) < 0)
        return NULL;
    if (!pv_is_int(v) && !(v = pv_call_method(v, "fileno", NULL, 0)))
        return NULL;
    if (pv_os_int(v, &fd) < 0)
        return NULL;
    if ((data ? fdatasync(fd) : fsync(fd)) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

FN(os_fsync) { UNUSED; return sync_like("fsync", args, nargs, kwnames, false); }
FN(os_fdatasync) { UNUSED; return sync_like("fdatasync", args, nargs, kwnames, true); }

FN(os_umask)
{
    UNUSED;
    static const char *const kw[] = {"mask", NULL};
    int m;
    if (pv_parse_args("umask", args, nargs, kwnames, "i", kw, &m) < 0)
        return NULL;
    return pv_small(umask((mode_t)m));
}

/* open(path, flags, mode=0o777, *, dir_fd=None): regular files open
 * inline (fast); a FIFO (whose open waits for the other end) opens on a
 * worker. */
typedef struct OpenCall {
    PvBlocking b;
    char *path;
    int flags, mode, fd, err, dir_fd;
} OpenCall;

static void open_run(PvBlocking *b)
{
    OpenCall *c = (OpenCall *)b;
    do
        c->fd = openat(c->dir_fd, c->path, c->flags, c->mode);
    while (c->fd < 0 && errno == EINTR);
    c->err = c->fd < 0 ? errno : 0;
}

static Value open_finish(PvBlocking *b)
{
    OpenCall *c = (OpenCall *)b;
    Value r;
    if (c->fd < 0) {
        Value name = pv_str_decode_utf8(c->path, strlen(c->path), "surrogateescape");
        r = name ? pv_raise_errno_filename(c->err, name) : NULL;
    } else {
        r = pv_small(c->fd);
    }
    free(c->path);
    c->path = NULL;
    return r;
}

static void open_release(PvBlocking *b)
{
    OpenCall *c = (OpenCall *)b;
    if (c->fd >= 0)
        close(c->fd); /* opened after all, but nobody wants it now */
    free(c->path);
}

FN(os_open)
{
    UNUSED;
    static const char *const kw[] = {"path", "flags", "mode", "dir_fd", NULL};
    Value v, dfd = pv_None;
    int flags, mode = 0777, dir_fd;
    PvPath p;
    if (pv_parse_args("open", args, nargs, kwnames, "Oi|i$O", kw, &v, &flags, &mode, &dfd) < 0 ||
        pv_os_path(v, &p, "open", false) < 0 || pv_os_dir_fd(dfd, &dir_fd) < 0)
        return NULL;
    struct stat st;
    if (!(flags & O_NONBLOCK) && fstatat(dir_fd, p.s, &st, 0) == 0 && S_ISFIFO(st.st_mode)) {
        OpenCall *c = pv_blocking_alloc(sizeof *c);
        if (!c)
            return NULL;
        c->path = strdup(p.s);
        if (!c->path) {
            free(c);
            return pv_nomemory();
        }
        c->flags = flags | O_CLOEXEC;
        c->mode = mode;
        c->dir_fd = dir_fd;
        c->fd = -1;
        c->b.run = open_run;
        c->b.finish = open_finish;
        c->b.release = open_release;
        return pv_blocking_call(&c->b, NULL, "open", "os.open");
    }
    int fd;
    do
        fd = openat(dir_fd, p.s, flags | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return path_err(&p);
    return pv_small(fd);
}

FN(os_close)
{
    UNUSED;
    int fd;
    if (fd_args("close", args, nargs, kwnames, &fd) < 0)
        return NULL;
    pv_poll_close(fd); /* threads parked on it get EBADF */
    if (close(fd) < 0 && errno != EINTR)
        return pv_raise_errno(errno);
    return pv_None;
}

FN(os_closerange)
{
    UNUSED;
    int lo, hi;
    static const char *const kw[] = {"", "", NULL};
    if (pv_parse_args("closerange", args, nargs, kwnames, "ii", kw, &lo, &hi) < 0)
        return NULL;
    for (int fd = lo < 0 ? 0 : lo; fd < hi; fd++) {
        pv_poll_forget(fd);
        close(fd);
    }
    return pv_None;
}

FN(os_lseek)
{
    UNUSED;
    static const char *const kw[] = {"", "", "", NULL};
    int fd, how;
    int64_t pos;
    if (pv_parse_args("lseek", args, nargs, kwnames, "iLi", kw, &fd, &pos, &how) < 0)
        return NULL;
    off_t r = lseek(fd, (off_t)pos, how);
    if (r < 0)
        return pv_raise_errno(errno);
    return pv_int_from_i64(r);
}

FN(os_dup)
{
    UNUSED;
    int fd;
    if (fd_args("dup", args, nargs, kwnames, &fd) < 0)
        return NULL;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0)
        return pv_raise_errno(errno);
    return pv_small(r);
}

FN(os_dup2)
{
    UNUSED;
    static const char *const kw[] = {"fd", "fd2", "inheritable", NULL};
    int a, b;
    bool inh = true;
    if (pv_parse_args("dup2", args, nargs, kwnames, "ii|p", kw, &a, &b, &inh) < 0)
        return NULL;
    if (a != b)
        pv_poll_forget(b);
    if (dup2(a, b) < 0)
        return pv_raise_errno(errno);
    if (!inh)
        fcntl(b, F_SETFD, FD_CLOEXEC);
    return pv_small(b);
}

FN(os_pipe)
{
    UNUSED;
    (void)args;
    if (pv_check_nargs("pipe", nargs, 0, 0) < 0 || pv_check_no_kwargs("pipe", kwnames) < 0)
        return NULL;
    int fds[2];
    if (pipe(fds) < 0)
        return pv_raise_errno(errno);
    fcntl(fds[0], F_SETFD, FD_CLOEXEC);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    return pv_tuple_pack(2, pv_small(fds[0]), pv_small(fds[1]));
}

FN(os_pipe2)
{
    UNUSED;
    int fl, fds[2];
    if (fd_args("pipe2", args, nargs, kwnames, &fl) < 0)
        return NULL;
    if (pipe(fds) < 0)
        return pv_raise_errno(errno);
    for (int i = 0; i < 2; i++) {
        if (fl & O_CLOEXEC)
            fcntl(fds[i], F_SETFD, FD_CLOEXEC);
        if (fl & O_NONBLOCK)
            fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
    }
    return pv_tuple_pack(2, pv_small(fds[0]), pv_small(fds[1]));
}

/* get/set of one fcntl flag bit: inheritable (FD_CLOEXEC, inverted) and
 * blocking (O_NONBLOCK, inverted). */
static Value flag_get(const char *fname, Value *args, size_t nargs, Value kwnames, bool fd_flag)
{
    int fd;
    if (fd_args(fname, args, nargs, kwnames, &fd) < 0)
        return NULL;
    int fl = fcntl(fd, fd_flag ? F_GETFD : F_GETFL);
    if (fl < 0)
        return pv_raise_errno(errno);
    return pv_bool(!(fl & (fd_flag ? FD_CLOEXEC : O_NONBLOCK)));
}

static Value flag_set(const char *fname, Value *args, size_t nargs, Value kwnames, bool fd_flag)
{
    static const char *const kw[] = {"", "", NULL};
    int fd;
    Value b;
    if (pv_parse_args(fname, args, nargs, kwnames, "iO", kw, &fd, &b) < 0)
        return NULL;
    int on = pv_truthy(b);
    if (on < 0)
        return NULL;
    int bit = fd_flag ? FD_CLOEXEC : O_NONBLOCK;
    int fl = fcntl(fd, fd_flag ? F_GETFD : F_GETFL);
    if (fl < 0 || fcntl(fd, fd_flag ? F_SETFD : F_SETFL, on ? fl & ~bit : fl | bit) < 0)
        return pv_raise_errno(errno);
    return pv_None;
}

FN(os_get_inheritable) { UNUSED; return flag_get("get_inheritable", args, nargs, kwnames, true); }
FN(os_set_inheritable) { UNUSED; return flag_set("set_inheritable", args, nargs, kwnames, true); }
FN(os_get_blocking) { UNUSED; return flag_get("get_blocking", args, nargs, kwnames, false); }
FN(os_set_blocking) { UNUSED; return flag_set("set_blocking", args, nargs, kwnames, false); }

FN(os_isatty)
{
    UNUSED;
    int fd;
    if (fd_args("isatty", args, nargs, kwnames, &fd) < 0)
        return NULL;
    return pv_bool(isatty(fd));
}

FN(os_ttyname)
{
    UNUSED;
    int fd;
    if (fd_args("ttyname", args, nargs, kwnames, &fd) < 0)
        return NULL;
    char buf[256];
    int e = ttyname_r(fd, buf, sizeof buf);
    if (e)
        return pv_raise_errno(e);
    return pv_str_from_cstr(buf);
}

FN(os_openpty)
{
    UNUSED;
    (void)args;
    if (pv_check_nargs("openpty", nargs, 0, 0) < 0 || pv_check_no_kwargs("openpty", kwnames) < 0)
        return NULL;
    int m, s;
    if (openpty(&m, &s, NULL, NULL, NULL) < 0)
        return pv_raise_errno(errno);
    fcntl(m, F_SETFD, FD_CLOEXEC);
    fcntl(s, F_SETFD, FD_CLOEXEC);
    return pv_tuple_pack(2, pv_small(m), pv_small(s));
}

FN(os_sync)
{
    UNUSED;
    (void)args, (void)nargs, (void)kwnames;
    sync();
    return pv_None;
}

static const PvMethodDef os_functions[] = {
    {"getcwd", os_getcwd, 0, NULL},
    {"getcwdb", os_getcwdb, 0, NULL},
    {"chdir", os_chdir, 0, NULL},
    {"fchdir", os_chdir, 0, NULL},
    {"listdir", os_listdir, 0, NULL},
    {"_scandir", os_scandir_raw, 0, NULL},
    {"mkdir", os_mkdir, 0, NULL},
    {"mkfifo", os_mkfifo, 0, NULL},
    {"mknod", os_mknod, 0, NULL},
    {"rmdir", os_rmdir, 0, NULL},
    {"unlink", os_unlink, 0, NULL},
    {"remove", os_remove, 0, NULL},
    {"rename", os_rename, 0, NULL},
    {"replace", os_replace, 0, NULL},
    {"symlink", os_symlink, 0, NULL},
    {"link", os_link, 0, NULL},
    {"readlink", os_readlink, 0, NULL},
    {"stat", os_stat, 0, NULL},
    {"lstat", os_lstat, 0, NULL},
    {"fstat", os_fstat, 0, NULL},
    {"statvfs", os_statvfs, 0, NULL},
    {"fstatvfs", os_fstatvfs, 0, NULL},
    {"access", os_access, 0, NULL},
    {"chmod", os_chmod, 0, NULL},
    {"fchmod", os_fchmod, 0, NULL},
    {"chown", os_chown, 0, NULL},
    {"lchown", os_lchown, 0, NULL},
    {"fchown", os_fchown, 0, NULL},
    {"utime", os_utime, 0, NULL},
    {"truncate", os_truncate, 0, NULL},
    {"ftruncate", os_ftruncate, 0, NULL},
    {"fsync", os_fsync, 0, NULL},
    {"fdatasync", os_fdatasync, 0, NULL},
    {"umask", os_umask, 0, NULL},
    {"open", os_open, 0, NULL},
    {"close", os_close, 0, NULL},
    {"closerange", os_closerange, 0, NULL},
    {"lseek", os_lseek, 0, NULL},
    {"dup", os_dup, 0, NULL},
    {"dup2", os_dup2, 0, NULL},
    {"pipe", os_pipe, 0, NULL},
    {"pipe2", os_pipe2, 0, NULL},
    {"set_inheritable", os_set_inheritable, 0, NULL},
    {"get_inheritable", os_get_inheritable, 0, NULL},
    {"set_blocking", os_set_blocking, 0, NULL},
    {"get_blocking", os_get_blocking, 0, NULL},
    {"isatty", os_isatty, 0, NULL},
    {"ttyname", os_ttyname, 0, NULL},
    {"openpty", os_openpty, 0, NULL},
    {"sync", os_sync, 0, NULL},
    {NULL, NULL, 0, NULL},
};

Value pv_os_module_init(void)
{
    Value m = pv_module_new_cstr("_posix");
    if (!m || pv_module_add_functions(m, os_functions) < 0 || pv_os_misc_add(m) < 0 ||
        pv_os_proc_add(m) < 0)
        return NULL;
    return m;
}
