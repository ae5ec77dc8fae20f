# anext() with a default; yield from a Python iterator keeps the
# StopIteration value
import asyncio

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("val")
        return self.n

def g():
    r = yield from It()
    print("yield from result:", r)
print(list(g()))

async def agen():
    yield 1
    yield 2

class AIt:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 1:
            raise StopAsyncIteration
        return self.n

async def main():
    a = agen()
    print([await anext(a, "end") for _ in range(4)])
    b = AIt()
    print(await anext(b, None), await anext(b, "done"))
    print(type(anext(agen(), 0)).__name__)
    try:
        await anext(agen().__aiter__().__anext__(), 0)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
