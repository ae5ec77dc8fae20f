/* os_proc.c: the process half of the `posix` module: system, waitpid,
 * fork, exec, the child launcher of subprocess, and read/write, which
 * real-block (blocking.c) where the fd could make the VM thread wait.
 *
 * Waiting for a child uses waitid(WNOWAIT) on a worker: the worker only
 * learns that the child ended, the VM thread reaps it afterwards. So an
 * abandoned wait (mode-2 interrupt) never swallows an exit status, and a
 * pid is never signalled after it could have been reused. */
#include "os.h"
#include "sched.h" /* pv_sched_can_soft_block: os.read/os.write soft-block */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

extern char **environ;


/* Block until pid (or, pid <= 0, any matching child) has ended, without
 * reaping it. Returns the pid that ended, or -1 with errno. Worker side. */
static pid_t wait_ended(pid_t pid)
{
    for (;;) {
#ifdef WNOWAIT
        siginfo_t info;
        memset(&info, 0, sizeof info);
        idtype_t idt = pid > 0 ? P_PID : pid == 0 ? P_PGID : pid == -1 ? P_ALL : P_PGID;
        id_t id = pid > 0 ? (id_t)pid : pid < -1 ? (id_t)-pid : 0;
        if (pid == 0)
            id = (id_t)getpgrp();
        if (waitid(idt, id, &info, WEXITED | WNOWAIT) == 0)
            return info.si_pid;
#else
        int st;
        if (waitpid(pid, &st, 0) >= 0)   /* reaps: status lost; rare platforms */
            return pid;
#endif
        if (errno != EINTR)
            return -1;
    }
}

/* ---- os.system ---- */

typedef struct SysCall {
    PvBlocking b;
    pid_t pid;
    bool own_group;      /* the child leads its own process group */
    pid_t ended;
    int err;
    struct SysCall *next, **prevp; /* in `running` (VM thread only) */
} SysCall;

static void sys_cancel(PvBlocking *b);

/* Commands still running, killed if pyvm exits meanwhile (Ctrl-C in
 * thread 0 while another thread waits in os.system): "stop everything". */
static SysCall *running;

static void kill_running(void)
{
    for (SysCall *c = running; c; c = c->next)
        sys_cancel(&c->b);
}

static void unlink_running(SysCall *c)
{
    if (!c->prevp)
        return;
    *c->prevp = c->next;
    if (c->next)
        c->next->prevp = c->prevp;
    c->prevp = NULL;
}

static void sys_run(PvBlocking *b)
{
    SysCall *c = (SysCall *)b;
    c->ended = wait_ended(c->pid);
    c->err = c->ended < 0 ? errno : 0;
}

static int reap(pid_t pid)
{
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
        ;
    return st;
}

static Value sys_finish(PvBlocking *b)
{
    SysCall *c = (SysCall *)b;
    unlink_running(c);
    if (c->err)
        return pv_raise_errno(c->err);
    return pv_small(reap(c->pid));
}

static void sys_release(PvBlocking *b)
{
    unlink_running((SysCall *)b);
    reap(((SysCall *)b)->pid); /* killed by cancel, or ended: a zombie */
}

static void sys_cancel(PvBlocking *b)
{
    SysCall *c = (SysCall *)b;
    if (c->own_group)
        kill(-c->pid, SIGKILL); /* the shell and whatever it started */
    kill(c->pid, SIGKILL);
}

/* Spawn attributes shared by system() and the subprocess launcher's
 * fallback: default signal mask and default SIGPIPE/SIGINT/... in the
 * child (pyvm ignores SIGPIPE, and ignored signals survive exec). */
static void spawn_attr(posix_spawnattr_t *a, bool own_group)
{
    posix_spawnattr_init(a);
    sigset_t none, def;
    sigemptyset(&none);
    sigemptyset(&def);
    sigaddset(&def, SIGPIPE);
    sigaddset(&def, SIGINT);
    sigaddset(&def, SIGQUIT);
    sigaddset(&def, SIGCHLD);
    posix_spawnattr_setsigmask(a, &none);
    posix_spawnattr_setsigdefault(a, &def);
    short fl = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF;
    if (own_group) {
        fl |= POSIX_SPAWN_SETPGROUP;
        posix_spawnattr_setpgroup(a, 0);
    }
    posix_spawnattr_setflags(a, fl);
}

/* Interactive use (we are the terminal's foreground group) keeps the
 * child in our group so that it can use the terminal and gets the
 * terminal's Ctrl-C itself. Otherwise it gets its own group, so that a
 * mode-2 interrupt can kill the shell and everything it started. */
static bool child_needs_own_group(void)
{
    return !(isatty(0) && tcgetpgrp(0) == getpgrp());
}

FN(os_system)
{
    (void)self;
    static const char *const kw[] = {"command", NULL};
    Value cmd;
    if (pv_parse_args("system", args, nargs, kwnames, "O", kw, &cmd) < 0)
        return NULL;
    const char *s;
    if (pv_is_str(cmd))
        s = pv_str_data(cmd);
    else if (pv_isinst(cmd, &pv_bytes_type))
        s = pv_bytes_data(cmd);
    else
        return pv_raise(&pv_exc_TypeError, "system() argument 'command' must be str, not %T", cmd);
    pv_flush_std();
    SysCall *c = pv_blocking_alloc(sizeof *c);
    if (!c)
        return NULL;
    c->own_group = child_needs_own_group();
    posix_spawnattr_t attr;
    spawn_attr(&attr, c->own_group);
    char *argv[] = {"sh", "-c", (char *)s, NULL};
    int e = posix_spawn(&c->pid, "/bin/sh", NULL, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    if (e) {
        free(c);
        return pv_raise_errno(e);
    }
    c->b.run = sys_run;
    c->b.finish = sys_finish;
    c->b.release = sys_release;
    c->b.cancel = sys_cancel;
    static bool registered;
    if (!registered && atexit(kill_running) == 0)
        registered = true;
    c->next = running;
    if (running)
        running->prevp = &c->next;
    c->prevp = &running;
    running = c;
    return pv_blocking_call(&c->b, NULL, "system", "os.system");
}

/* ---- os.waitpid ---- */

typedef struct WaitCall {
    PvBlocking b;
    pid_t pid, ended;
    int options, err;
} WaitCall;

static void wait_run(PvBlocking *b)
{
    WaitCall *c = (WaitCall *)b;
    c->ended = wait_ended(c->pid);
    c->err = c->ended < 0 ? errno : 0;
}

static Value wait_now(pid_t pid, int options)
{
    int st = 0;
    pid_t r;
    while ((r = waitpid(pid, &st, options)) < 0 && errno == EINTR)
        ;
    if (r < 0)
        return pv_raise_errno(errno);
    return pv_tuple_pack(2, pv_small(r), pv_small(st));
}

static Value wait_finish(PvBlocking *b)
{
    WaitCall *c = (WaitCall *)b;
    if (c->err)
        return pv_raise_errno(c->err);
#ifdef WNOWAIT
    return wait_now(c->ended, c->options | WNOHANG);
#else
    return pv_tuple_pack(2, pv_small(c->ended), pv_small(0));
#endif
}

FN(os_waitpid)
{
    (void)self;
    int64_t pid, options;
    if (pv_check_no_kwargs("waitpid", kwnames) < 0 || pv_check_nargs("waitpid", nargs, 2, 2) < 0 ||
        pv_int_to_i64(args[0], &pid) < 0 || pv_int_to_i64(args[1], &options) < 0)
        return NULL;
    if (options & WNOHANG)
        return wait_now((pid_t)pid, (int)options);
    /* already ended? then no worker is needed */
    Value r = wait_now((pid_t)pid, (int)options | WNOHANG);
    if (!r || pv_small_val(pv_tuple_items(r)[0]) != 0)
        return r;
    WaitCall *c = pv_blocking_alloc(sizeof *c);
    if (!c)
        return NULL;
    c->pid = (pid_t)pid;
    c->options = (int)options;
    c->b.run = wait_run;
    c->b.finish = wait_finish;
    return pv_blocking_call(&c->b, NULL, "waitpid", "os.waitpid");
}

/* ---- fork and exec ---- */

FN(os_fork)
{
    (void)self;
    (void)args;
    if (pv_check_nargs("fork", nargs, 0, 0) < 0 || pv_check_no_kwargs("fork", kwnames) < 0)
        return NULL;
    pv_flush_std();
    pid_t pid = fork();
    if (pid < 0)
        return pv_raise_errno(errno);
    if (pid == 0) {
        pv_poll_after_fork();
        pv_workers_after_fork();
        pv_gil_after_fork();
        pv_ticker_after_fork();
        pv_sched_after_fork(); /* only this green thread lives on */
        /* the parent's commands are not ours to kill */
        for (SysCall *c = running; c; c = c->next)
            c->prevp = NULL;
        running = NULL;
    }
    return pv_small(pid);
}

/* A NULL-terminated char* array of the str/bytes items of seq (pointing
 * into the items, which seq keeps alive). malloc'd. */
static char **cstr_array(Value seq, const char *what)
{
    Value t = pv_sequence_tuple(seq);
    if (!t)
        return NULL;
    size_t n = pv_tuple_size(t);
    char **a = malloc((n + 1) * sizeof *a);
    if (!a) {
        pv_nomemory();
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        Value v = pv_tuple_items(t)[i];
        if (pv_is_str(v))
            a[i] = pv_str_data(v);
        else if (pv_isinst(v, &pv_bytes_type))
            a[i] = pv_bytes_data(v);
        else {
            free(a);
            pv_raise(&pv_exc_TypeError, "%s must contain only strings", what);
            return NULL;
        }
    }
    a[n] = NULL;
    return a;
}

/* env dict -> "K=V" strings, in a list kept alive by *keep. */
static char **env_array(Value env, Value *keep)
{
    Value items = pv_dict_items_list(env);
    if (!items)
        return NULL;
    Value l = pv_list_new(0);
    for (size_t i = 0; l && i < pv_list_size(items); i++) {
        Value kv = pv_list_items(items)[i];
        Value s = pv_str_printf("%S=%S", pv_tuple_items(kv)[0], pv_tuple_items(kv)[1]);
        if (!s || pv_list_append(l, s) < 0)
            return NULL;
    }
    if (!l)
        return NULL;
    *keep = l;
    return cstr_array(l, "env");
}

static Value do_exec(Value path, Value argl, Value env)
{
    PvPath pp;
    if (pv_os_path(path, &pp, env ? "execve" : "execv", env != NULL) < 0)
        return NULL;
    const char *p = pp.s;
    char **argv = cstr_array(argl, "argv");
    if (!argv)
        return NULL;
    if (!argv[0]) {
        free(argv);
        return pv_raise(&pv_exc_ValueError, "execv() arg 2 must not be empty");
    }
    Value keep = NULL;
    char **envp = env ? env_array(env, &keep) : environ;
    if (!envp) {
        free(argv);
        return NULL;
    }
    pv_flush_std();
    if (pp.fd >= 0)
        fexecve(pp.fd, argv, envp);
    else
        execve(p, argv, envp);
    int e = errno;
    free(argv);
    if (env)
        free(envp);
    (void)keep;
    return pv_raise_errno(e); /* CPython sets no filename here */
}

FN(os_execv)
{
    (void)self;
    if (pv_check_no_kwargs("execv", kwnames) < 0 || pv_check_nargs("execv", nargs, 2, 2) < 0)
        return NULL;
    return do_exec(args[0], args[1], NULL);
}

FN(os_execve)
{
    (void)self;
    if (pv_check_no_kwargs("execve", kwnames) < 0 || pv_check_nargs("execve", nargs, 3, 3) < 0)
        return NULL;
    return do_exec(args[0], args[1], args[2]);
}

/* _fork_exec(candidates, argv, env|None, cwd|None, stdin, stdout,
 * stderr, close_fds, new_session) -> pid. candidates: the executables to
 * try in order (PATH already expanded by subprocess.py). An exec failure
 * in the child comes back through a CLOEXEC pipe as (stage, errno) and is
 * raised here: stage 0 exec (filename: the program), 1 chdir (the cwd). */
static void child(char **cands, char **argv, char **envp, const char *cwd, int fd0, int fd1,
                  int fd2, bool close_fds, bool new_session, int errw)
{
    int fds[3] = {fd0, fd1, fd2};
    /* move the sources out of 0..2 first so dup2 cannot clobber them */
    for (int i = 0; i < 3; i++)
        if (fds[i] >= 0 && fds[i] < 3 && fds[i] != i) {
            int d = fcntl(fds[i], F_DUPFD, 3);
            if (d >= 0)
                fds[i] = d;
        }
    for (int i = 0; i < 3; i++) {
        if (fds[i] == i)
            fcntl(i, F_SETFD, 0);
        else if (fds[i] >= 0)
            dup2(fds[i], i);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    signal(SIGQUIT, SIG_DFL);
    if (new_session)
        setsid();
    int stage = 1, err = 0;
    if (cwd && chdir(cwd) < 0) {
        err = errno;
        goto fail;
    }
    if (close_fds) {
#ifdef SYS_close_range
        if (syscall(SYS_close_range, 3, ~0U, 4 /* CLOSE_RANGE_CLOEXEC */) < 0)
#endif
        {
            long max = sysconf(_SC_OPEN_MAX);
            for (int fd = 3; fd < (max > 0 && max < 65536 ? max : 4096); fd++)
                if (fd != errw)
                    fcntl(fd, F_SETFD, FD_CLOEXEC);
        }
    }
    stage = 0;
    err = ENOENT;
    for (int i = 0; cands[i]; i++) {
        execve(cands[i], argv, envp);
        if (errno != ENOENT && errno != ENOTDIR)
            err = errno;
        if (err != ENOENT && errno != ENOENT)
            break;
    }
fail:;
    int msg[2] = {stage, err};
    ssize_t w = write(errw, msg, sizeof msg);
    (void)w;
    _exit(255);
}

FN(os_fork_exec)
{
    (void)self;
    if (pv_check_no_kwargs("_fork_exec", kwnames) < 0 || pv_check_nargs("_fork_exec", nargs, 9, 9) < 0)
        return NULL;
    int64_t f[3];
    for (int i = 0; i < 3; i++)
        if (pv_int_to_i64(args[4 + i], &f[i]) < 0)
            return NULL;
    int close_fds = pv_truthy(args[7]), new_session = pv_truthy(args[8]);
    if (close_fds < 0 || new_session < 0)
        return NULL;
    Value cwd = args[3], env = args[2], keep = NULL;
    const char *cwds = cwd == pv_None ? NULL : pv_is_str(cwd) ? pv_str_data(cwd)
                                                : pv_isinst(cwd, &pv_bytes_type) ? pv_bytes_data(cwd) : NULL;
    if (cwd != pv_None && !cwds)
        return pv_raise(&pv_exc_TypeError, "cwd must be str or bytes");
    char **cands = cstr_array(args[0], "executable");
    char **argv = cands ? cstr_array(args[1], "args") : NULL;
    char **envp = argv ? (env == pv_None ? environ : env_array(env, &keep)) : NULL;
    if (!envp) {
        free(cands);
        free(argv);
        return NULL;
    }
    int ep[2];
    if (pipe(ep) < 0) {
        int e = errno;
        free(cands);
        free(argv);
        if (env != pv_None)
            free(envp);
        return pv_raise_errno(e);
    }
    fcntl(ep[0], F_SETFD, FD_CLOEXEC);
    fcntl(ep[1], F_SETFD, FD_CLOEXEC);
    pv_flush_std();
    pid_t pid = fork();
    if (pid == 0)
        child(cands, argv, envp, cwds, (int)f[0], (int)f[1], (int)f[2], close_fds,
              new_session, ep[1]);
    int fork_err = errno;
    close(ep[1]);
    free(cands);
    free(argv);
    if (env != pv_None)
        free(envp);
    (void)keep;
    if (pid < 0) {
        close(ep[0]);
        return pv_raise_errno(fork_err);
    }
    /* the child execs (EOF) or reports at once: a short inline wait */
    int msg[2];
    ssize_t n;
    while ((n = read(ep[0], msg, sizeof msg)) < 0 && errno == EINTR)
        ;
    close(ep[0]);
    if (n == (ssize_t)sizeof msg) {
        reap(pid);
        Value fname = msg[0] == 1 ? cwd : pv_tuple_size(pv_sequence_tuple(args[1]))
                                              ? pv_tuple_items(pv_sequence_tuple(args[1]))[0]
                                              : pv_None;
        return pv_raise_errno_filename(msg[1], fname);
    }
    return pv_small(pid);
}

/* ---- read and write ----
 * Regular files (and anything ready right now) are read and written
 * inline: that is fast. Pipes, terminals and FIFOs that would make the
 * VM thread wait go to a worker instead. */

typedef struct IoCall {
    PvBlocking b;
    int fd, err;
    size_t n;
    ssize_t got;
    char *buf;
} IoCall;

static bool would_block(int fd, short ev)
{
    struct stat st;
    if (fstat(fd, &st) == 0 && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode) || S_ISBLK(st.st_mode)))
        return false;
    struct pollfd p = {.fd = fd, .events = ev};
    int r = poll(&p, 1, 0);
    return r == 0;
}

static void read_run(PvBlocking *b)
{
    IoCall *c = (IoCall *)b;
    do
        c->got = read(c->fd, c->buf, c->n);
    while (c->got < 0 && errno == EINTR);
    c->err = c->got < 0 ? errno : 0;
}

static Value read_finish(PvBlocking *b)
{
    IoCall *c = (IoCall *)b;
    Value r = c->err ? pv_raise_errno(c->err) : pv_bytes_new(c->buf, (size_t)c->got);
    free(c->buf);
    c->buf = NULL;
    return r;
}

static void io_release(PvBlocking *b)
{
    free(((IoCall *)b)->buf);
}

FN(os_read)
{
    (void)self;
    int64_t fd, n;
    if (pv_check_no_kwargs("read", kwnames) < 0 || pv_check_nargs("read", nargs, 2, 2) < 0 ||
        pv_int_to_i64(args[0], &fd) < 0 || pv_int_to_i64(args[1], &n) < 0)
        return NULL;
    if (n < 0)
        return pv_raise_errno(EINVAL);
    /* a pipe/socket/tty that is not ready: park only this green thread
     * (vm/iowait.c, sockets engineer); the worker below in preemption */
    if (would_block((int)fd, POLLIN) && pv_sched_can_soft_block(NULL, "read"))
        return pv_io_read((int)fd, (size_t)n, NULL, "read");
    IoCall *c = pv_blocking_alloc(sizeof *c);
    if (!c)
        return NULL;
    c->fd = (int)fd;
    c->n = (size_t)n;
    c->buf = malloc(n ? (size_t)n : 1);
    if (!c->buf) {
        free(c);
        return pv_nomemory();
    }
    c->b.run = read_run;
    c->b.finish = read_finish;
    c->b.release = io_release;
    if (!would_block(c->fd, POLLIN)) {
        read_run(&c->b);
        Value r = read_finish(&c->b);
        free(c);
        return r;
    }
    return pv_blocking_call(&c->b, NULL, "read", "os.read");
}

static void write_run(PvBlocking *b)
{
    IoCall *c = (IoCall *)b;
    do
        c->got = write(c->fd, c->buf, c->n);
    while (c->got < 0 && errno == EINTR);
    c->err = c->got < 0 ? errno : 0;
}

static Value write_finish(PvBlocking *b)
{
    IoCall *c = (IoCall *)b;
    Value r = c->err ? pv_raise_errno(c->err) : pv_int_from_i64(c->got);
    free(c->buf);
    c->buf = NULL;
    return r;
}

FN(os_write)
{
    (void)self;
    int64_t fd;
    if (pv_check_no_kwargs("write", kwnames) < 0 || pv_check_nargs("write", nargs, 2, 2) < 0 ||
        pv_int_to_i64(args[0], &fd) < 0)
        return NULL;
    Value d = args[1];
    const char *p;
    size_t n;
    if (pv_isinst(d, &pv_bytes_type)) {
        p = pv_bytes_data(d);
        n = pv_bytes_size(d);
    } else if (pv_isinst(d, &pv_bytearray_type) || pv_isinst(d, &pv_memoryview_type)) {
        d = pv_call1((Value)&pv_bytes_type, d);
        if (!d)
            return NULL;
        p = pv_bytes_data(d);
        n = pv_bytes_size(d);
    } else {
        return pv_raise(&pv_exc_TypeError, "a bytes-like object is required, not '%s'",
                        pv_type_name(pv_type(d)));
    }
    if (would_block((int)fd, POLLOUT) && pv_sched_can_soft_block(NULL, "write"))
        return pv_io_write((int)fd, d, NULL, "write"); /* vm/iowait.c, as os.read */
    IoCall *c = pv_blocking_alloc(sizeof *c);
    if (!c)
        return NULL;
    c->fd = (int)fd;
    c->n = n;
    /* a copy: a mode-2 interrupt may drop the caller's bytes while the
     * worker still writes */
    c->buf = malloc(n ? n : 1);
    if (!c->buf) {
        free(c);
        return pv_nomemory();
    }
    memcpy(c->buf, p, n);
    c->b.run = write_run;
    c->b.finish = write_finish;
    c->b.release = io_release;
    if (n <= 4096 ? !would_block(c->fd, POLLOUT) : !would_block(c->fd, 0)) {
        write_run(&c->b);
        Value r = write_finish(&c->b);
        free(c);
        return r;
    }
    return pv_blocking_call(&c->b, NULL, "write", "os.write");
}

static const PvMethodDef proc_functions[] = {
    {"system", os_system, 0, NULL},
    {"waitpid", os_waitpid, 0, NULL},
    {"fork", os_fork, 0, NULL},
    {"execv", os_execv, 0, NULL},
    {"execve", os_execve, 0, NULL},
    {"_fork_exec", os_fork_exec, 0, NULL},
    {"read", os_read, 0, NULL},
    {"write", os_write, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int pv_os_proc_add(Value m)
{
    return pv_module_add_functions(m, proc_functions);
}
