class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        got = yield ("suspend", self.v)
        return got
async def work(n):
    a = await Awaitable(n)
    b = await Awaitable(n + 1)
    return a + b
c = work(1)
print(type(c).__name__, c.send(None))
print(c.send(10))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)
class ACM:
    async def __aenter__(self): print("aenter"); return "res"
    async def __aexit__(self, *a): print("aexit", a[0]); return False
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def main():
    out = []
    async with ACM() as r:
        out.append(r)
        async for x in AIter():
            out.append(x)
    out.append([y async for y in AIter()])
    return out
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
async def agen():
    for i in range(3):
        yield i
async def consume():
    return [v async for v in agen()]
print(run(consume()))
async def bad():
    raise ValueError("inside")
try:
    run(bad())
except ValueError as e:
    print("propagated", e)
co = work(0); co.close(); print("closed")
try:
    co.send(None)
except RuntimeError as e:
    print(e)
