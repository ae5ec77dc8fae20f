# asyncio's loop waits in its selector without stopping other threads;
# threads hand work to the loop with call_soon_threadsafe and
# run_coroutine_threadsafe.
import asyncio, threading, time

log = []

def worker(loop, fut):
    for i in range(3):
        log.append(("thread", i))
        time.sleep(0.01)
    loop.call_soon_threadsafe(fut.set_result, "from thread")
    cf = asyncio.run_coroutine_threadsafe(double(21), loop)
    log.append(("threadsafe", cf.result(5)))

async def double(x):
    await asyncio.sleep(0.001)
    return 2 * x

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = threading.Thread(target=worker, args=(loop, fut))
    t.start()
    log.append(("loop", await fut))
    await loop.run_in_executor(None, t.join)
    log.append("joined")

asyncio.run(main())
for x in log:
    print(x)
