# asyncio from CPython's stdlib on pyvm: run, sleep, gather, tasks,
# wait_for timeouts, Queue, Event, Lock, Semaphore, cancellation.
import asyncio

async def work(name, delay, out):
    await asyncio.sleep(delay)
    out.append(name)
    return name.upper()

async def main():
    out = []
    r = await asyncio.gather(work("b", 0.02, out), work("a", 0.01, out), work("c", 0.03, out))
    print("gather", r, out)

    t = asyncio.create_task(work("t", 0.01, out))
    print("task done?", t.done())
    print("task", await t, t.done(), t.result())

    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    print("wait_for ok", await asyncio.wait_for(work("w", 0.01, out), timeout=1))

    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        got = []
        while (x := await q.get()) is not None:
            got.append(x)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print("queue", got)

    ev = asyncio.Event()
    order = []
    async def waiter(i):
        await ev.wait()
        order.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    order.append("set")
    ev.set()
    await asyncio.gather(*ws)
    print("event", order)

    lock = asyncio.Lock()
    log = []
    async def locked(i):
        async with lock:
            log.append(("in", i))
            await asyncio.sleep(0.005)
            log.append(("out", i))
    await asyncio.gather(*(locked(i) for i in range(3)))
    print("lock", log)

    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited():
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.005)
            active[0] -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    print("semaphore max", active[1])

    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    t = asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())

    done, pending = await asyncio.wait([asyncio.create_task(work("x", 0.01, out)),
                                        asyncio.create_task(work("y", 0.5, out))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print("wait", [d.result() for d in done], len(pending))
    for p in pending:
        p.cancel()

    r = await asyncio.gather(work("ok", 0, out), asyncio.sleep(0, "v"), return_exceptions=True)
    print("gather2", r)
    async def boom():
        raise ValueError("boom")
    r = await asyncio.gather(boom(), work("z", 0, out), return_exceptions=True)
    print("gather3", [type(x).__name__ if isinstance(x, Exception) else x for x in r])

    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print("future", await fut)
    print("executor", await loop.run_in_executor(None, sum, [1, 2, 3]))

    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print("agen", [x async for x in agen()])
    return "done"

print(asyncio.run(main()))
