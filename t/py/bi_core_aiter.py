class AI:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2: raise StopAsyncIteration
        return self.i
async def main():
    out = []
    it = aiter(AI())
    out.append(await anext(it))
    async for x in AI():
        out.append(x)
    return out
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    aiter(1)
except TypeError as e:
    print(e)
