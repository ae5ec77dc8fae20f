/* signal.c: the `_signal` module (CPython's signal.py wraps it).
 *
 * The C-level handler is vm/signals.c's: it only sets a pending bit and
 * wakes the VM. The scheduler then calls pv_signal_dispatch (defined
 * here) on the VM thread, which runs the Python handlers as CPython does:
 * in thread 0. When thread 0 is at a switch point (running or runnable)
 * the handler call is pushed on top of its frames, so the handler runs
 * there at once and an exception it raises propagates in thread 0 from
 * wherever it was. When thread 0 is blocked (sleep, a lock, a C call) the
 * handler runs in a fresh green thread instead, and an exception it
 * raises interrupts thread 0 (mode 2, like Ctrl-C). signal.pause() is a
 * soft block that the next handled signal ends. */
#include "os.h"
#include "sched.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

#define NSIGS 65

/* Python handlers by signal number: NULL (never set: reported from the OS
 * disposition), SIG_DFL/SIG_IGN as ints, or a callable. GC roots. */
static Value handlers[NSIGS];
static Value default_int_handler;  /* the builtin function object */
static Value run_in_thread;        /* Python trampoline (prelude below) */
static Value call_handler;         /* Python trampoline for non-function handlers */
static int wakeup_fd = -1;
static bool pausing;               /* thread 0 waits in signal.pause() */
static bool initialized;

static void init_roots(void)
{
    if (initialized)
        return;
    initialized = true;
    for (int i = 0; i < NSIGS; i++)
        pv_gc_add_root(&handlers[i]);
    pv_gc_add_root(&default_int_handler);
    pv_gc_add_root(&run_in_thread);
    pv_gc_add_root(&call_handler);
}

static bool is_python_handler(Value h)
{
    return h && !pv_is_int(h) && h != default_int_handler;
}

/* Exception raised by a handler running outside thread 0: raise it there. */
FN(sig_interrupt_main)
{
    (void)self;
    (void)kwnames;
    if (nargs == 1 && pv_sched_interrupt(&pv_main_thread, args[0], 2) < 0)
        return NULL;
    return pv_None;
}

/* Push handler(signo, frame) on thread 0's frames, discarding its result.
 * Only when thread 0 is paused at a switch point. */
static bool push_on_main(Value h, int signo)
{
    PvThread *m = &pv_main_thread;
    Value frame = m->top ? pv_frame_object(m->top) : pv_None;
    if (!frame)
        return false;
    Value fn = h, argv[3] = {NULL, pv_small(signo), frame};
    Value *a = argv + 1;
    size_t n = 2;
    if (pv_is_type(h, &pv_method_type) &&
        pv_is_type(((PvMethod *)h)->func, &pv_function_type)) {
        fn = ((PvMethod *)h)->func;
        argv[0] = ((PvMethod *)h)->self;
        a = argv;
        n = 3;
    } else if (!pv_is_type(h, &pv_function_type)) {
        fn = call_handler;
        argv[0] = h;
        a = argv;
        n = 3;
    }
    if (pv_thread_push_call(m, fn, a, n, NULL) < 0)
        return false;
    m->top->flags &= ~PV_FRAME_THREAD_BOTTOM;
    m->top->retmode = PV_RET_DISCARD;
    return true;
}

static void run_handler(Value h, int signo)
{
    PvThread *m = &pv_main_thread;
    PvSched *s = PV_SCHED(m);
    bool woken = false;
    if (pausing && m->state == PV_THREAD_SOFT_BLOCKED) {
        pausing = false;
        pv_sched_wake(m, pv_None, NULL); /* thread 0 now runnable, result set */
        woken = true;
    }
    bool paused_ok = m->state == PV_THREAD_RUNNING && !m->exc && s && !s->interrupt_pending &&
                     (m != pv_current_thread || pv_signals_at_switch || woken);
    if (paused_ok && push_on_main(h, signo))
        return;
    pv_err_clear();
    Value targs = pv_tuple_pack(2, h, pv_small(signo));
    if (!targs || !pv_sched_spawn(run_in_thread, targs, NULL))
        pv_err_clear();
}

uint64_t pv_signal_dispatch(uint64_t sigs)
{
    if (!sigs)
        return sigs;
    if (wakeup_fd >= 0) {
        for (int i = 1; i < 64; i++)
            if (sigs & (UINT64_C(1) << i)) {
                unsigned char c = (unsigned char)i;
                ssize_t w = write(wakeup_fd, &c, 1);
                (void)w;
            }
    }
    if (!initialized)
        return sigs;
    Value exc = pv_err_fetch(); /* keep whatever the interrupted code had pending */
    for (int i = 1; i < 64; i++) {
        uint64_t bit = UINT64_C(1) << i;
        if (!(sigs & bit))
            continue;
        Value h = handlers[i];
        if (is_python_handler(h)) {
            sigs &= ~bit;
            run_handler(h, i);
        } else if (h && pv_is_int(h)) {
            sigs &= ~bit; /* SIG_DFL/SIG_IGN set meanwhile: nothing to run */
        }
    }
    pv_err_restore(exc);
    return sigs;
}

int pv_signal_run_now(int signo)
{
    if (!initialized || signo <= 0 || signo >= 64 || !is_python_handler(handlers[signo]) ||
        pv_current_thread != &pv_main_thread || !pv_signals_take_one(signo))
        return 0;
    if (wakeup_fd >= 0) {
        unsigned char c = (unsigned char)signo;
        ssize_t w = write(wakeup_fd, &c, 1);
        (void)w;
    }
    PvFrame *top = pv_main_thread.top;
    Value frame = top ? pv_frame_object(top) : pv_None;
    Value r = frame ? pv_call2(handlers[signo], pv_small(signo), frame) : NULL;
    return r ? 0 : -1;
}

bool pv_signal_may_wake(void)
{
    if (!initialized)
        return false;
    for (int i = 1; i < 64; i++)
        if (i != SIGINT && is_python_handler(handlers[i]))
            return true;
    return false;
}

/* The disposition a signal had before Python set one. */
static Value os_disposition(int signo)
{
    if (signo == SIGINT)
        return default_int_handler;
    if (signo == SIGPIPE || signo == SIGXFSZ)
        return pv_small(1);
    struct sigaction sa;
    if (signo == SIGQUIT || signo == SIGCHLD || sigaction(signo, NULL, &sa) < 0)
        return pv_small(0);
    if (sa.sa_handler == SIG_IGN)
        return pv_small(1);
    return pv_small(0);
}

static int check_signum(Value v, int *out)
{
    int64_t n;
    if (!pv_is_int(v)) {
        pv_raise(&pv_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                 pv_type_name(pv_type(v)));
        return -1;
    }
    if (pv_int_to_i64(v, &n) < 0)
        return -1;
    if (n < 1 || n >= NSIGS) {
        pv_raise(&pv_exc_ValueError, "signal number out of range");
        return -1;
    }
    *out = (int)n;
    return 0;
}

static int main_thread_only(const char *what)
{
    if (pv_current_thread != &pv_main_thread) {
        pv_raise(&pv_exc_ValueError, "%s only works in main thread of the main interpreter",
                 what);
        return -1;
    }
    return 0;
}

FN(sig_signal)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    Value sv, h;
    int signo;
    if (pv_parse_args("signal", args, nargs, kwnames, "OO", kw, &sv, &h) < 0 ||
        check_signum(sv, &signo) < 0 || main_thread_only("signal") < 0)
        return NULL;
    int r;
    int64_t disp = -1;
    if (pv_is_int(h) && !pv_isinst(h, &pv_bool_type)) {
        if (pv_int_to_i64(h, &disp) < 0)
            return NULL;
    }
    if (disp == 0 || disp == 1) {
        if (signo >= 64) {
            struct sigaction sa;
            memset(&sa, 0, sizeof sa);
            sa.sa_handler = disp ? SIG_IGN : SIG_DFL;
            r = sigaction(signo, &sa, NULL);
        } else {
            r = disp ? pv_signals_ignore(signo) : pv_signals_default(signo);
        }
    } else if (pv_type(h)->call) {
        r = signo >= 64 ? (errno = EINVAL, -1) : pv_signals_catch(signo);
    } else {
        return pv_raise(&pv_exc_TypeError, "signal handler must be signal.SIG_IGN, "
                                           "signal.SIG_DFL, or a callable object");
    }
    if (r < 0)
        return pv_raise_errno(errno);
    Value old = handlers[signo] ? handlers[signo] : os_disposition(signo);
    handlers[signo] = h;
    return old;
}

FN(sig_getsignal)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    Value sv;
    int signo;
    if (pv_parse_args("getsignal", args, nargs, kwnames, "O", kw, &sv) < 0 ||
        check_signum(sv, &signo) < 0)
        return NULL;
    return handlers[signo] ? handlers[signo] : os_disposition(signo);
}

FN(sig_default_int_handler)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return pv_raise_value((Value)&pv_exc_KeyboardInterrupt);
}

FN(sig_set_wakeup_fd)
{
    (void)self;
    static const char *const kw[] = {"", "warn_on_full_buffer", NULL};
    int fd;
    bool warn = true;
    if (pv_parse_args("set_wakeup_fd", args, nargs, kwnames, "i|$p", kw, &fd, &warn) < 0 ||
        main_thread_only("set_wakeup_fd") < 0)
        return NULL;
    if (fd != -1) {
        int fl = fcntl(fd, F_GETFL);
        if (fl < 0)
            return pv_raise_errno(errno);
        if (!(fl & O_NONBLOCK))
            return pv_raise(&pv_exc_ValueError, "the fd %d must be in non-blocking mode", fd);
    }
    int old = wakeup_fd;
    wakeup_fd = fd;
    return pv_small(old);
}

FN(sig_alarm)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    int secs;
    if (pv_parse_args("alarm", args, nargs, kwnames, "i", kw, &secs) < 0)
        return NULL;
    return pv_small(alarm((unsigned)secs));
}

FN(sig_pause)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    if (!pv_sched_can_soft_block(NULL, "pause")) {
        /* preemption: wait for real until a signal is taken */
        while (!pv_signals_pending())
            if (pv_sched_real_sleep(100000000) < 0)
                return NULL;
        return pv_None;
    }
    if (pv_current_thread == &pv_main_thread)
        pausing = true;
    /* a far deadline: the deadlock detector must see something to wait for */
    pv_sched_block(PV_WAIT_SLEEP, NULL, NULL, pv_clock_ns() + INT64_C(1000000000) * 86400 * 3650,
                   PV_TIMEOUT_NONE);
    return pv_None;
}

static Value itimer_pair(const struct itimerval *v)
{
    return pv_tuple_pack(2, pv_float_new(v->it_value.tv_sec + v->it_value.tv_usec / 1e6),
                         pv_float_new(v->it_interval.tv_sec + v->it_interval.tv_usec / 1e6));
}

static struct timeval to_tv(double d)
{
    struct timeval tv;
    tv.tv_sec = (time_t)d;
    tv.tv_usec = (suseconds_t)((d - (double)tv.tv_sec) * 1e6);
    if (d > 0 && tv.tv_sec == 0 && tv.tv_usec == 0)
        tv.tv_usec = 1; /* a tiny positive delay must not disarm the timer */
    return tv;
}

FN(sig_setitimer)
{
    (void)self;
    static const char *const kw[] = {"", "", "", NULL};
    int which;
    double secs, interval = 0;
    if (pv_parse_args("setitimer", args, nargs, kwnames, "id|d", kw, &which, &secs, &interval) < 0)
        return NULL;
    struct itimerval nv = {to_tv(interval), to_tv(secs)}, ov;
    if (setitimer(which, &nv, &ov) < 0)
        return pv_raise_errno(errno);
    return itimer_pair(&ov);
}

FN(sig_getitimer)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    int which;
    if (pv_parse_args("getitimer", args, nargs, kwnames, "i", kw, &which) < 0)
        return NULL;
    struct itimerval v;
    if (getitimer(which, &v) < 0)
        return pv_raise_errno(errno);
    return itimer_pair(&v);
}

FN(sig_siginterrupt)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    Value sv;
    int signo;
    bool flag;
    if (pv_parse_args("siginterrupt", args, nargs, kwnames, "Op", kw, &sv, &flag) < 0 ||
        check_signum(sv, &signo) < 0)
        return NULL;
    /* system calls are restarted or not by pyvm's own handler: accepted */
    return pv_None;
}

FN(sig_raise_signal)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    Value sv;
    int signo;
    if (pv_parse_args("raise_signal", args, nargs, kwnames, "O", kw, &sv) < 0 ||
        check_signum(sv, &signo) < 0)
        return NULL;
    if (raise(signo) != 0)
        return pv_raise_errno(errno);
    return pv_signal_run_now(signo) < 0 ? NULL : pv_None;
}

FN(sig_strsignal)
{
    (void)self;
    static const char *const kw[] = {"", NULL};
    Value sv;
    int signo;
    if (pv_parse_args("strsignal", args, nargs, kwnames, "O", kw, &sv) < 0 ||
        check_signum(sv, &signo) < 0)
        return NULL;
    const char *s = strsignal(signo);
    if (!s || !strncmp(s, "Unknown signal", 14) || !strncmp(s, "Real-time signal", 16))
        return pv_None;
    return pv_str_from_cstr(s);
}

static Value set_of(const sigset_t *ss)
{
    Value s = pv_set_new(NULL);
    for (int i = 1; s && i < NSIGS; i++)
        if (sigismember(ss, i) == 1 && pv_set_add(s, pv_small(i)) < 0)
            return NULL;
    return s;
}

FN(sig_valid_signals)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    sigset_t ss;
    sigfillset(&ss);
    return set_of(&ss);
}

FN(sig_pthread_sigmask)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    int how;
    Value mask;
    if (pv_parse_args("pthread_sigmask", args, nargs, kwnames, "iO", kw, &how, &mask) < 0)
        return NULL;
    Value it = pv_iter(mask), v;
    if (!it)
        return NULL;
    pv_err_clear();
    sigset_t ss, old;
    sigemptyset(&ss);
    while ((v = pv_next(it))) {
        int signo;
        if (check_signum(v, &signo) < 0)
            return NULL;
        sigaddset(&ss, signo);
    }
    if (pv_err_occurred())
        return NULL;
    int e = pthread_sigmask(how, &ss, &old);
    if (e)
        return pv_raise_errno(e);
    return set_of(&old);
}

FN(sig_sigpending)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    sigset_t ss;
    if (sigpending(&ss) < 0)
        return pv_raise_errno(errno);
    return set_of(&ss);
}

FN(sig_pthread_kill)
{
    (void)self;
    static const char *const kw[] = {"", "", NULL};
    Value tv, sv;
    int signo;
    uint64_t tid;
    if (pv_parse_args("pthread_kill", args, nargs, kwnames, "OO", kw, &tv, &sv) < 0 ||
        pv_int_to_u64(tv, &tid) < 0 || check_signum(sv, &signo) < 0)
        return NULL;
    /* green threads share one OS thread: any thread id means the process */
    (void)tid;
    if (raise(signo) != 0)
        return pv_raise_errno(errno);
    return pv_None;
}

static const PvMethodDef sig_functions[] = {
    {"signal", sig_signal, 0, NULL},
    {"getsignal", sig_getsignal, 0, NULL},
    {"set_wakeup_fd", sig_set_wakeup_fd, 0, NULL},
    {"alarm", sig_alarm, 0, NULL},
    {"pause", sig_pause, 0, NULL},
    {"setitimer", sig_setitimer, 0, NULL},
    {"getitimer", sig_getitimer, 0, NULL},
    {"siginterrupt", sig_siginterrupt, 0, NULL},
    {"raise_signal", sig_raise_signal, 0, NULL},
    {"strsignal", sig_strsignal, 0, NULL},
    {"valid_signals", sig_valid_signals, 0, NULL},
    {"pthread_sigmask", sig_pthread_sigmask, 0, NULL},
    {"sigpending", sig_sigpending, 0, NULL},
    {"pthread_kill", sig_pthread_kill, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const PvMethodDef def_int_handler = {"default_int_handler", sig_default_int_handler, 0,
                                            NULL};
static const PvMethodDef interrupt_main_def = {"_interrupt_main", sig_interrupt_main, 0, NULL};

#define C(x) {#x, x}
static const struct { const char *name; int v; } sig_consts[] = {
    C(SIGHUP), C(SIGINT), C(SIGQUIT), C(SIGILL), C(SIGTRAP), C(SIGABRT), C(SIGIOT), C(SIGBUS),
    C(SIGFPE), C(SIGKILL), C(SIGUSR1), C(SIGSEGV), C(SIGUSR2), C(SIGPIPE), C(SIGALRM),
    C(SIGTERM), C(SIGCHLD), C(SIGCONT), C(SIGSTOP), C(SIGTSTP), C(SIGTTIN), C(SIGTTOU),
    C(SIGURG), C(SIGXCPU), C(SIGXFSZ), C(SIGVTALRM), C(SIGPROF), C(SIGWINCH), C(SIGIO),
    C(SIGSYS), C(SIGPOLL),
#ifdef SIGPWR
    C(SIGPWR), C(SIGSTKFLT),
#endif
    C(SIG_BLOCK), C(SIG_UNBLOCK), C(SIG_SETMASK),
    C(ITIMER_REAL), C(ITIMER_VIRTUAL), C(ITIMER_PROF),
    {"NSIG", NSIGS}, {"SIG_DFL", 0}, {"SIG_IGN", 1},
    {NULL, 0},
};

/* Python helpers: the handler trampolines. */
static const char prelude[] =
    "def _call_handler(h, signum, frame):\n"
    "    h(signum, frame)\n"
    "def _run_in_thread(h, signum):\n"
    "    try:\n"
    "        h(signum, None)\n"
    "    except BaseException as e:\n"
    "        _interrupt_main(e)\n";

Value pv_signal_module_init(void)
{
    init_roots();
    Value m = pv_module_new_cstr("_signal");
    if (!m || pv_module_add_functions(m, sig_functions) < 0)
        return NULL;
    for (int i = 0; sig_consts[i].name; i++)
        if (pv_module_add_int(m, sig_consts[i].name, sig_consts[i].v) < 0)
            return NULL;
    if (pv_module_add_int(m, "SIGRTMIN", SIGRTMIN) < 0 ||
        pv_module_add_int(m, "SIGRTMAX", SIGRTMAX) < 0)
        return NULL;
    default_int_handler = pv_cfunction_new(&def_int_handler, NULL, m);
    Value im = pv_cfunction_new(&interrupt_main_def, NULL, m);
    if (!default_int_handler || !im ||
        pv_module_add(m, "default_int_handler", default_int_handler) < 0)
        return NULL;
    Value base[1] = {(Value)&pv_exc_OSError};
    Value ie = pv_call((Value)&pv_type_type, (Value[]){pv_str_from_cstr("ItimerError"),
                                                        pv_tuple_from(base, 1), pv_dict_new()},
                       3, NULL);
    if (!ie || pv_setattr(ie, pv_intern("__module__"), pv_str_from_cstr("signal")) < 0 ||
        pv_module_add(m, "ItimerError", ie) < 0)
        return NULL;
    Value fn = pv_str_from_cstr("<signal>");
    Value code = fn ? pv_compile(prelude, sizeof prelude - 1, fn, "exec", 0) : NULL;
    Value g = code ? pv_dict_new() : NULL;
    if (!g || pv_dict_set_str(g, "__name__", pv_str_from_cstr("_signal")) < 0 ||
        pv_dict_set_str(g, "__builtins__", pv_builtins_dict) < 0 ||
        pv_dict_set_str(g, "_interrupt_main", im) < 0 || !pv_eval_code(code, g, g))
        return NULL;
    call_handler = pv_dict_get_str(g, "_call_handler");
    run_in_thread = pv_dict_get_str(g, "_run_in_thread");
    if (!call_handler || !run_in_thread)
        return NULL;
    return m;
}
