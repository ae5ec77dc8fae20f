# async comprehensions need an async function (or an enclosing comprehension
# that then becomes async itself)
import asyncio

for src in ["def f():\n    return [i async for i in x]\n",
            "def f():\n    return [await i for i in x]\n",
            "def f():\n    return {i: i async for i in x}\n",
            "[[i async for i in a] for a in x]\n",
            "def f():\n    return (i async for i in x)\n",
            "async def f():\n    return [[i async for i in a] for a in x]\n"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)

async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([[j async for j in agen(i)] for i in range(4)])
    print({i: [j async for j in agen(i)] for i in range(3)})
    g = ([j async for j in agen(i)] for i in range(3))
    print([x async for x in g])

asyncio.run(main())
