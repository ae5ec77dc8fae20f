/* signals.c: POSIX signals as flags for the VM thread.
 *
 * The handler does only async-signal-safe things: it sets the signal's
 * bit in an atomic mask, sets PV_BREAK_SIGNAL in the eval breaker (a
 * running loop notices at its next switch point) and wakes the poller (a
 * sleeping VM notices at once). No locks, no longjmp, no allocation: the
 * Python-level reaction (KeyboardInterrupt in thread 0, a dump for
 * SIGQUIT, reaping children for SIGCHLD, signal.signal handlers) happens
 * later on the VM thread, which calls pv_signals_take(). Any OS thread may
 * receive the signal; the handler does not care which one it runs on, so
 * worker threads keep the default signal mask (children they fork inherit
 * it, and a shell started by os.system must see Ctrl-C). */
#include "config.h"
#include "pv.h"

#include <errno.h>
#include <signal.h>
#include <string.h>

static atomic_uint_fast64_t pending_mask;

static void on_signal(int signo)
{
    atomic_fetch_or_explicit(&pending_mask, UINT64_C(1) << signo, memory_order_release);
    pv_break_set(PV_BREAK_SIGNAL);
    pv_poll_wake(); /* saves and restores errno */
}

static int install(int signo, void (*handler)(int))
{
    if (signo <= 0 || signo >= 64) {
        errno = EINVAL;
        return -1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    /* Restart slow system calls (a worker's read() must not fail with
     * EINTR because of Ctrl-C); the poller's wait returns anyway. */
    sa.sa_flags = SA_RESTART;
    if (signo == SIGCHLD)
        sa.sa_flags |= SA_NOCLDSTOP;
    return sigaction(signo, &sa, NULL);
}

int pv_signals_catch(int signo)
{
    return install(signo, on_signal);
}

int pv_signals_default(int signo)
{
    return install(signo, SIG_DFL);
}

int pv_signals_ignore(int signo)
{
    return install(signo, SIG_IGN);
}

int pv_signals_init(void)
{
    if (pv_signals_catch(SIGINT) < 0 || pv_signals_catch(SIGQUIT) < 0 ||
        pv_signals_catch(SIGCHLD) < 0)
        return -1;
    /* A write to a closed socket or pipe must give EPIPE, not kill us. */
    return pv_signals_ignore(SIGPIPE);
}

uint64_t pv_signals_take(void)
{
    /* Clear the breaker bit first: a signal arriving now sets it again. */
    pv_break_clear(PV_BREAK_SIGNAL);
    return atomic_exchange_explicit(&pending_mask, 0, memory_order_acquire);
}

bool pv_signals_pending(void)
{
    return atomic_load_explicit(&pending_mask, memory_order_relaxed) != 0;
}

bool pv_signals_take_one(int signo)
{
    uint64_t bit = UINT64_C(1) << signo;
    return (atomic_fetch_and_explicit(&pending_mask, ~bit, memory_order_acq_rel) & bit) != 0;
}
