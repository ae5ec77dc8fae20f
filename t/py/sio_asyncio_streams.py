# asyncio streams on 127.0.0.1: start_server / open_connection, a line
# protocol with several concurrent clients, EOF handling, Protocol API.
import asyncio

async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    assert peer[0] == "127.0.0.1"
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def client(port, name, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    got = []
    for i in range(n):
        writer.write(f"{name} {i}\n".encode())
        await writer.drain()
        got.append((await reader.readline()).decode().strip())
    writer.write_eof()
    rest = await reader.read()
    writer.close()
    await writer.wait_closed()
    return got, rest

class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.t = transport
    def data_received(self, data):
        self.t.write(data[::-1])
    def eof_received(self):
        self.t.close()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        res = await asyncio.gather(*(client(port, f"c{k}", 3) for k in range(4)))
        for got, rest in res:
            print(got, rest)
        # a big transfer in both directions
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        blob = b"x" * 60000 + b"\n"
        writer.write(blob)
        await writer.drain()
        back = await reader.readexactly(len(blob))
        print("big", len(back), back == blob.upper())
        writer.close()
        await writer.wait_closed()
    print("server closed", server.is_serving())

    loop = asyncio.get_running_loop()
    srv = await loop.create_server(Echo, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.write(b"hello")
    await w.drain()
    print("protocol", await r.readexactly(5))
    w.write_eof()
    print("eof", await r.read())
    w.close()
    srv.close()
    await srv.wait_closed()

    try:
        await asyncio.open_connection("127.0.0.1", 1)
    except ConnectionRefusedError as e:
        print("refused", type(e).__name__)

    try:
        r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 1)
    except OSError as e:
        print("closed server", type(e).__name__)

asyncio.run(main())
