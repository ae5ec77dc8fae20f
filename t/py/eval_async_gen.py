class Tick:
    def __await__(self):
        v = yield 'tick'
        return v

async def agen(n):
    try:
        for i in range(n):
            got = await Tick()
            yield (i, got)
    finally:
        print('agen cleanup')

async def main():
    out = []
    async for item in agen(3):
        out.append(item)
    g = agen(5)
    first = await g.__anext__()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append('exhausted after aclose')
    out.append(first)
    return out

def run(coro):
    sent = None
    n = 0
    while True:
        try:
            y = coro.send(sent)
        except StopIteration as e:
            return e.value
        n += 1
        sent = n * 10

print(run(main()))
ag = agen(1)
print(type(ag).__name__, type(ag.__anext__()).__name__, ag.__aiter__() is ag)
async def bad():
    yield 1
    raise StopAsyncIteration
async def drive():
    r = []
    try:
        async for v in bad():
            r.append(v)
    except RuntimeError as e:
        r.append(str(e))
    return r
print(run(drive()))
async def echo():
    v = yield 'start'
    while True:
        v = yield v * 2
async def use_asend():
    e = echo()
    a = await e.asend(None)
    b = await e.asend(5)
    c = await e.asend(7)
    try:
        await e.athrow(ValueError('stop'))
    except ValueError as ex:
        return a, b, c, str(ex)
print(run(use_asend()))
