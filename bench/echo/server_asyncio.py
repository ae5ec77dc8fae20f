# Echo server for python3 with asyncio (Protocol): server_asyncio.py PORT
import asyncio, socket, sys

class Echo(asyncio.Protocol):
    def connection_made(self, transport):
        self.t = transport
        transport.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    def data_received(self, data):
        self.t.write(data)

async def main():
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(Echo, "127.0.0.1", int(sys.argv[1]), backlog=4096)
    await srv.serve_forever()

asyncio.run(main())
