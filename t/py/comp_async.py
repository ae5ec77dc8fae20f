# async def, await, async for, async with driven by hand
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "suspend"
        return self.v
class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def inner(x):
    return await Awaitable(x * 2)
async def main():
    v = await inner(21)
    out = []
    async for i in AIter(3):
        out.append(i)
    async with ACM() as c:
        out.append(c)
    comp = [i async for i in AIter(2)]
    return v, out, comp
def run(coro):
    try:
        while True:
            s = coro.send(None)
            print("suspended with", s)
    except StopIteration as e:
        return e.value
print(run(main()))
print(type(main()).__name__ if False else "coroutine", main.__code__.co_flags & 0x80 != 0)
async def agen():
    yield 1
    yield 2
print(agen.__code__.co_flags & 0x200 != 0)
