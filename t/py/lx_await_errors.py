# TypeErrors of await and async with, with CPython's messages
import asyncio

class NoAwait:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return 1

class BadEnter:
    def __aenter__(self):
        return 2
    async def __aexit__(self, *a):
        pass

async def c():
    pass

class CoroAwait:
    def __await__(self):
        self.c = c()
        return self.c

async def main():
    for mgr in (NoAwait(), BadEnter()):
        try:
            async with mgr:
                pass
        except TypeError as e:
            print("TypeError:", e)
    try:
        await 1
    except TypeError as e:
        print("TypeError:", e)
    aw = CoroAwait()
    try:
        await aw
    except TypeError as e:
        print("TypeError:", e)
    aw.c.close()

asyncio.run(main())
