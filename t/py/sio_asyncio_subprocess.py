# asyncio subprocesses (pipes, communicate, shell, returncode) and loop.add_signal_handler
import asyncio, sys
async def main():
    p = await asyncio.create_subprocess_exec(sys.executable, "-c", "import sys; print(sys.stdin.read().upper())",
                                            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(b"hello")
    print(out, p.returncode)
    p = await asyncio.create_subprocess_shell("echo hi; exit 3", stdout=asyncio.subprocess.PIPE)
    print(await p.stdout.read(), await p.wait())
asyncio.run(main())

import os, signal
async def sig():
    loop = asyncio.get_running_loop()
    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, got.set_result, "usr1")
    os.kill(os.getpid(), signal.SIGUSR1)
    print(await asyncio.wait_for(got, 5))
    loop.remove_signal_handler(signal.SIGUSR1)
asyncio.run(sig())
