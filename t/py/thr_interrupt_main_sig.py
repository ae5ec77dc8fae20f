# _thread.interrupt_main(signum) acts as if the signal arrived (3.10+).
import _thread, signal
for bad in (-1, signal.NSIG, 1000000):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("KeyboardInterrupt at once")
def handler(signum, frame):
    print("handler", signal.Signals(signum).name)
    1/0
for s in (signal.SIGINT, signal.SIGTERM):
    old = signal.signal(s, handler)
    try:
        _thread.interrupt_main(s)
    except ZeroDivisionError:
        print("raised from handler")
    signal.signal(s, signal.SIG_IGN)
    _thread.interrupt_main(s)
    signal.signal(s, old)
print("done")
