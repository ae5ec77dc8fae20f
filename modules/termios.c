/* termios.c: the termios module (tty, pty and getpass use it): terminal
 * attributes as CPython's list [iflag, oflag, cflag, lflag, ispeed,
 * ospeed, cc], tcsendbreak/tcdrain/tcflush/tcflow, tcgetwinsize and
 * tcsetwinsize, and the usual constants. */
#include "pv.h"
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#define FN(name) static Value name(Value self, Value *args, size_t nargs, Value kwnames)

static Value termios_error;

static Value terr(void)
{
    int e = errno;
    Value a[2] = {pv_small(e), pv_str_from_cstr(strerror(e))};
    Value x = a[1] ? pv_call(termios_error, a, 2, NULL) : NULL;
    return x ? pv_raise_value(x) : NULL;
}

static int fd_of(Value v, int *fd)
{
    if (!pv_is_int(v) && !(v = pv_call_method(v, "fileno", NULL, 0)))
        return -1;
    int64_t n;
    if (pv_int_to_i64(v, &n) < 0)
        return -1;
    *fd = (int)n;
    return 0;
}

FN(t_tcgetattr)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    Value fv;
    int fd;
    if (pv_parse_args("tcgetattr", args, nargs, kwnames, "O", kw, &fv) < 0 || fd_of(fv, &fd) < 0)
        return NULL;
    struct termios t;
    if (tcgetattr(fd, &t) < 0)
        return terr();
    Value cc = pv_list_new(0);
    for (int i = 0; cc && i < NCCS; i++) {
        char c = (char)t.c_cc[i];
        Value v = (!(t.c_lflag & ICANON) && (i == VMIN || i == VTIME)) ? pv_small(t.c_cc[i])
                                                                       : pv_bytes_new(&c, 1);
        if (!v || pv_list_append(cc, v) < 0)
            return NULL;
    }
    Value l = cc ? pv_list_new(0) : NULL;
    Value items[7] = {pv_int_from_u64(t.c_iflag), pv_int_from_u64(t.c_oflag),
                      pv_int_from_u64(t.c_cflag), pv_int_from_u64(t.c_lflag),
                      pv_int_from_u64(cfgetispeed(&t)), pv_int_from_u64(cfgetospeed(&t)), cc};
    for (int i = 0; l && i < 7; i++)
        if (!items[i] || pv_list_append(l, items[i]) < 0)
            return NULL;
    return l;
}

static int flag_of(Value v, tcflag_t *out)
{
    uint64_t n;
    if (pv_int_to_u64(v, &n) < 0)
        return -1;
    *out = (tcflag_t)n;
    return 0;
}

FN(t_tcsetattr)
{
    (void)self;
    static const char *const kw[] = {"", "", "", NULL};
    Value fv, attrs;
    int when, fd;
    if (pv_parse_args("tcsetattr", args, nargs, kwnames, "OiO", kw, &fv, &when, &attrs) < 0 ||
        fd_of(fv, &fd) < 0)
        return NULL;
    if (!pv_isinst(attrs, &pv_list_type) || pv_list_size(attrs) != 7)
        return pv_raise(&pv_exc_TypeError, "tcsetattr, arg 3: must be 7 element list");
    struct termios t;
    if (tcgetattr(fd, &t) < 0)
        return terr();
    Value *a = pv_list_items(attrs);
    uint64_t isp, osp;
    if (flag_of(a[0], &t.c_iflag) < 0 || flag_of(a[1], &t.c_oflag) < 0 ||
        flag_of(a[2], &t.c_cflag) < 0 || flag_of(a[3], &t.c_lflag) < 0 ||
        pv_int_to_u64(a[4], &isp) < 0 || pv_int_to_u64(a[5], &osp) < 0)
        return NULL;
    Value cc = a[6];
    if (!pv_isinst(cc, &pv_list_type) || pv_list_size(cc) != NCCS)
        return pv_raise(&pv_exc_TypeError, "tcsetattr: attributes[6] must be %d element list",
                        NCCS);
    for (int i = 0; i < NCCS; i++) {
        Value v = pv_list_items(cc)[i];
        if (pv_isinst(v, &pv_bytes_type) && pv_bytes_size(v) == 1) {
            t.c_cc[i] = (cc_t)pv_bytes_data(v)[0];
        } else if (pv_is_int(v)) {
            int64_t n;
            if (pv_int_to_i64(v, &n) < 0)
                return NULL;
            t.c_cc[i] = (cc_t)n;
        } else {
            return pv_raise(&pv_exc_TypeError,
                            "tcsetattr: elements of attributes must be characters or integers");
        }
    }
    if (cfsetispeed(&t, (speed_t)isp) < 0 || cfsetospeed(&t, (speed_t)osp) < 0 ||
        tcsetattr(fd, when, &t) < 0)
        return terr();
    return pv_None;
}

/* fn(fd, int) for the four simple controls */
static Value simple(const char *fname, Value *args, size_t nargs, Value kwnames, int which)
{
    static const char *const kw[] = {"", "", NULL};
    Value fv;
    int arg = 0, fd;
    if (pv_parse_args(fname, args, nargs, kwnames, which == 1 ? "O" : "Oi", kw, &fv, &arg) < 0 ||
        fd_of(fv, &fd) < 0)
        return NULL;
    int r = which == 0 ? tcsendbreak(fd, arg) : which == 1 ? tcdrain(fd)
            : which == 2 ? tcflush(fd, arg) : tcflow(fd, arg);
    return r < 0 ? terr() : pv_None;
}

FN(t_tcsendbreak) { (void)self; return simple("tcsendbreak", args, nargs, kwnames, 0); }
FN(t_tcdrain) { (void)self; return simple("tcdrain", args, nargs, kwnames, 1); }
FN(t_tcflush) { (void)self; return simple("tcflush", args, nargs, kwnames, 2); }
FN(t_tcflow) { (void)self; return simple("tcflow", args, nargs, kwnames, 3); }

FN(t_tcgetwinsize)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    Value fv;
    int fd;
    if (pv_parse_args("tcgetwinsize", args, nargs, kwnames, "O", kw, &fv) < 0 || fd_of(fv, &fd) < 0)
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return terr();
    return pv_tuple_pack(2, pv_small(w.ws_row), pv_small(w.ws_col));
}

FN(t_tcsetwinsize)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    Value fv, size;
    int fd;
    if (pv_parse_args("tcsetwinsize", args, nargs, kwnames, "OO", kw, &fv, &size) < 0 ||
        fd_of(fv, &fd) < 0)
        return NULL;
    Value t = pv_sequence_tuple(size);
    int64_t r, c;
    if (!t)
        return NULL;
    if (pv_tuple_size(t) != 2)
        return pv_raise(&pv_exc_TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
    if (pv_int_to_i64(pv_tuple_items(t)[0], &r) < 0 || pv_int_to_i64(pv_tuple_items(t)[1], &c) < 0)
        return NULL;
    struct winsize w;
    if (ioctl(fd, TIOCGWINSZ, &w) < 0)
        return terr();
    w.ws_row = (unsigned short)r;
    w.ws_col = (unsigned short)c;
    if (ioctl(fd, TIOCSWINSZ, &w) < 0)
        return terr();
    return pv_None;
}

static const PvMethodDef termios_functions[] = {
    {"tcgetattr", t_tcgetattr, 0, NULL},
    {"tcsetattr", t_tcsetattr, 0, NULL},
    {"tcsendbreak", t_tcsendbreak, 0, NULL},
    {"tcdrain", t_tcdrain, 0, NULL},
    {"tcflush", t_tcflush, 0, NULL},
    {"tcflow", t_tcflow, 0, NULL},
    {"tcgetwinsize", t_tcgetwinsize, 0, NULL},
    {"tcsetwinsize", t_tcsetwinsize, 0, NULL},
    {NULL, NULL, 0, NULL},
};

#define C(x) {#x, (long)(x)}
static const struct { const char *name; long v; } termios_consts[] = {
    C(TCSANOW), C(TCSADRAIN), C(TCSAFLUSH), C(TCIFLUSH), C(TCOFLUSH), C(TCIOFLUSH),
    C(TCOOFF), C(TCOON), C(TCIOFF), C(TCION),
    C(IGNBRK), C(BRKINT), C(IGNPAR), C(PARMRK), C(INPCK), C(ISTRIP), C(INLCR), C(IGNCR),
    C(ICRNL), C(IXON), C(IXANY), C(IXOFF), C(IMAXBEL), C(IUCLC), C(IUTF8),
    C(OPOST), C(ONLCR), C(OCRNL), C(ONOCR), C(ONLRET), C(OFILL), C(OLCUC),
    C(CSIZE), C(CS5), C(CS6), C(CS7), C(CS8), C(CSTOPB), C(CREAD), C(PARENB), C(PARODD),
    C(HUPCL), C(CLOCAL), C(CRTSCTS),
    C(ISIG), C(ICANON), C(ECHO), C(ECHOE), C(ECHOK), C(ECHONL), C(NOFLSH), C(TOSTOP),
    C(IEXTEN), C(ECHOCTL), C(ECHOPRT), C(ECHOKE), C(FLUSHO), C(PENDIN), C(XCASE),
    C(VINTR), C(VQUIT), C(VERASE), C(VKILL), C(VEOF), C(VTIME), C(VMIN), C(VSTART), C(VSTOP),
    C(VSUSP), C(VEOL), C(VREPRINT), C(VDISCARD), C(VWERASE), C(VLNEXT), C(VEOL2), C(NCCS),
    C(B0), C(B50), C(B75), C(B110), C(B134), C(B150), C(B200), C(B300), C(B600), C(B1200),
    C(B1800), C(B2400), C(B4800), C(B9600), C(B19200), C(B38400), C(B57600), C(B115200),
    C(B230400),
    C(TIOCGWINSZ), C(TIOCSWINSZ), C(TIOCGPGRP), C(TIOCSPGRP), C(TIOCSCTTY), C(TIOCNOTTY),
    C(FIONREAD), C(FIONBIO), C(TIOCOUTQ), C(TIOCSTI),
    {NULL, 0},
};

Value pv_termios_module_init(void)
{
    Value m = pv_module_new_cstr("termios");
    if (!m || pv_module_add_functions(m, termios_functions) < 0)
        return NULL;
    for (int i = 0; termios_consts[i].name; i++)
        if (pv_module_add_int(m, termios_consts[i].name, termios_consts[i].v) < 0)
            return NULL;
    if (!termios_error) {
        pv_gc_add_root(&termios_error);
        Value base[1] = {(Value)&pv_exc_Exception};
        Value a[3] = {pv_str_from_cstr("error"), pv_tuple_from(base, 1), pv_dict_new()};
        if (!a[0] || !a[1] || !a[2] ||
            pv_dict_set_str(a[2], "__module__", pv_str_from_cstr("termios")) < 0)
            return NULL;
        termios_error = pv_call((Value)&pv_type_type, a, 3, NULL);
        if (!termios_error)
            return NULL;
    }
    if (pv_module_add(m, "error", termios_error) < 0)
        return NULL;
    return m;
}
