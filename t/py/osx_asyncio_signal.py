# asyncio: add_signal_handler (set_wakeup_fd), subprocess
import asyncio, os, signal
async def main():
    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, lambda: (print('asyncio got SIGUSR1'), got.set()))
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGUSR1)
    await asyncio.wait_for(got.wait(), 2)
    loop.remove_signal_handler(signal.SIGUSR1)
    proc = await asyncio.create_subprocess_exec('echo', 'sub', stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    print(out, proc.returncode)
asyncio.run(main())
print('done')
