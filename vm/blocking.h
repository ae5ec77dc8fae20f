/* blocking.h: real-blocking calls and foreign OS threads (blocking.c).
 * The declarations live in pv.h ("Real blocking" section) so that every
 * module sees them; this header only pulls in what blocking.c needs from
 * the scheduler. See doc/blocking.md. */
#ifndef PV_BLOCKING_H
#define PV_BLOCKING_H

#include "sched.h"

/* sched.c's mode-2 interrupt of a real-blocked thread calls this instead
 * of pv_job_abandon: for a job made by pv_blocking_call it first runs the
 * call's cancel() (kill the child process, ...), then abandons the job. */
bool pv_blocking_abandon(PvJob *job);
/* pv_gil_yield for the breaker hook: when the GIL holder is a foreign
 * thread, hands the VM thread's pv_current_thread over with the GIL. */
void pv_blocking_gil_yield(void);

#endif
