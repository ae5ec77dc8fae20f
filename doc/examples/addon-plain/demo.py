# napper.nap_ms blocks in C for 300 ms; the other green thread keeps
# ticking meanwhile because the function is declared blocking.
import threading, time
import napper

ticks = []
def ticker():
    for i in range(5):
        ticks.append(i)
        time.sleep(0.02)

t = threading.Thread(target=ticker)
t.start()
print("add:", napper.add(2, 40), "version", napper.VERSION)
print("napped", napper.nap_ms(300), "ms; ticks meanwhile:", len(ticks))
t.join()
