# multiprocessing with fork: Process, Pipe, Queue, Lock, RLock, Semaphore, Event
import multiprocessing as mp, os
def f(conn, x):
    conn.send(x * x)
    conn.close()
def g(x):
    os._exit(x)
def put(q, i, lock):
    with lock:
        q.put(i * 10)
if __name__ == '__main__':
    ctx = mp.get_context('fork')
    a, b = ctx.Pipe()
    p = ctx.Process(target=f, args=(b, 7)); p.start()
    print(a.recv()); p.join(); print(p.exitcode, p.is_alive())
    p = ctx.Process(target=g, args=(3,)); p.start(); p.join(); print(p.exitcode)
    q = ctx.Queue(); lock = ctx.Lock()
    ps = [ctx.Process(target=put, args=(q, i, lock)) for i in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sorted(q.get() for _ in range(3)), [p.exitcode for p in ps])
    r = ctx.RLock()
    with r:
        with r:
            print('rlock ok', r)
    s = ctx.Semaphore(2); print(s.acquire(), s.acquire(), s.acquire(timeout=0.05)); s.release()
    l = ctx.Lock(); print(l.acquire(), l.acquire(False), l); l.release()
    try:
        l.release()
    except ValueError as e:
        print(e)
    e = ctx.Event(); e.set(); print(e.wait(1))
    print(mp.cpu_count() >= 1, mp.current_process().name)
