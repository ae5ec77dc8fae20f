# async generator awaitables: end of iteration without args, reuse messages
import types

@types.coroutine
def awaitable():
    yield ('result',)

async def gen():
    await awaitable()
    yield 123
    await awaitable()

ai = gen().__aiter__()
an = ai.__anext__()
print(an.__next__())
try:
    an.__next__()
except StopIteration as ex:
    print("StopIteration", ex.args)
an = ai.__anext__()
print(an.__next__())
try:
    an.__next__()
except StopAsyncIteration as ex:
    print("StopAsyncIteration", ex.args)
for op in (an.__next__, lambda: an.send(None)):
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError:", e)

async def g2():
    yield 1
a = g2()
cl = a.aclose()
try:
    cl.send(None)
except StopIteration:
    print("closed")
try:
    cl.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
