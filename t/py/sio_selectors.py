import selectors, socket, threading, time
sel = selectors.DefaultSelector()
print(type(sel).__name__)
a, b = socket.socketpair()
a.setblocking(False)
sel.register(a, selectors.EVENT_READ, data="A")
print(sel.select(0))
out = []
def t():
    for i in range(3):
        out.append(i); time.sleep(0.01)
    b.send(b"hi")
th = threading.Thread(target=t); th.start()
ev = sel.select(5)
out.append([(k.data, m) for k, m in ev])
th.join()
print(out)
sel.modify(a, selectors.EVENT_READ | selectors.EVENT_WRITE, data="B")
print(sorted((k.data, m) for k, m in sel.select(0)))
sel.unregister(a)
sel.close()
