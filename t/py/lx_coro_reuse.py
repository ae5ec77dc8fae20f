# coroutine reuse and double await errors, invalid __anext__ results
import types

@types.coroutine
def nop():
    yield

async def coro():
    await nop()
    return 'spam'

async def waiter(c):
    return await c

c = coro()
c.send(None)
try:
    waiter(c).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
for op in (lambda: c.send(None), lambda: c.throw(ValueError("x")), lambda: waiter(c).send(None)):
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError:", e)
print(c.close())

class F:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        1 / 0

async def main():
    async for _ in F():
        pass
try:
    main().send(None)
except TypeError as e:
    print("TypeError:", e, "cause:", repr(e.__cause__))
