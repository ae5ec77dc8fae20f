class Sleep:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield self.v
        return got * 2

async def inner(x):
    r = await Sleep(x)
    return r + 1

async def main():
    a = await inner(1)
    b = await inner(10)
    return [a, b]

def run(coro):
    value = None
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print('yielded', yielded)
        value = yielded * 100

print(run(main()))
c = main()
print(type(c).__name__)
c.close()
async def noawait():
    return 'immediate'
print(run(noawait()))
