# asyncio: TaskGroup, timeout(), UDP endpoints, loop.sock_* calls, bounded Queue, Condition
import asyncio, socket

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.sleep(0.01, "a"))
        b = tg.create_task(asyncio.sleep(0.02, "b"))
    print("taskgroup", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(1))
            async def bad():
                raise KeyError("k")
            tg.create_task(bad())
    except* KeyError as eg:
        print("taskgroup error", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx")
    loop = asyncio.get_running_loop()

    class Udp(asyncio.DatagramProtocol):
        def __init__(self):
            self.got = loop.create_future()
        def datagram_received(self, data, addr):
            if not self.got.done():
                self.got.set_result(data)
    t1, p1 = await loop.create_datagram_endpoint(Udp, local_addr=("127.0.0.1", 0))
    t2, p2 = await loop.create_datagram_endpoint(Udp, remote_addr=t1.get_extra_info("sockname"))
    t2.sendto(b"ping")
    print("udp", await asyncio.wait_for(p1.got, 5))
    t1.close(); t2.close()

    a, b = socket.socketpair()
    a.setblocking(False); b.setblocking(False)
    await loop.sock_sendall(a, b"raw")
    print("sock_recv", await loop.sock_recv(b, 10))
    a.close(); b.close()

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0)); srv.listen(); srv.setblocking(False)
    c = socket.socket(); c.setblocking(False)
    acc = asyncio.create_task(loop.sock_accept(srv))
    await loop.sock_connect(c, srv.getsockname())
    conn, addr = await acc
    print("sock_accept", addr[0])
    for s in (srv, c, conn): s.close()

    q = asyncio.Queue(maxsize=1)
    await q.put(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("queue full")
    cond = asyncio.Condition()
    res = []
    async def w():
        async with cond:
            await cond.wait_for(lambda: res)
            res.append("woken")
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    async with cond:
        res.append("x")
        cond.notify_all()
    await t
    print("condition", res)
asyncio.run(main())
