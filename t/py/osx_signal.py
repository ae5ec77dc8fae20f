# _signal: Python handlers run in thread 0 (os.kill, alarm/setitimer, SIG_IGN, SIGINT, pause)
import os, signal, time
got = []
def h(signum, frame):
    got.append(signum)
    print("handler", signal.Signals(signum).name, frame is not None)
old = signal.signal(signal.SIGUSR1, h)
print(old)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(1000):
    pass
print("got", got)
print(signal.getsignal(signal.SIGUSR1) is h)
# SIG_IGN
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
time.sleep(0.01)
print("ignored ok", signal.getsignal(signal.SIGUSR2))
# alarm with a handler that raises
class Alarm(Exception): pass
def ah(s, f):
    raise Alarm("alarm!")
signal.signal(signal.SIGALRM, ah)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(2)
except Alarm as e:
    print("sleep interrupted:", e)
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    while True:
        pass
except Alarm as e:
    print("loop interrupted:", e)
# SIGINT replaced
def ih(s, f):
    print("my sigint")
signal.signal(signal.SIGINT, ih)
os.kill(os.getpid(), signal.SIGINT)
time.sleep(0.05)
print("still running")
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
# pause
signal.signal(signal.SIGALRM, lambda s, f: print("alarm in pause"))
signal.setitimer(signal.ITIMER_REAL, 0.05)
signal.pause()
print("after pause")
print(signal.strsignal(signal.SIGTERM), signal.NSIG, len(signal.valid_signals()) > 30)
print(signal.getsignal(signal.SIGPIPE), signal.getsignal(signal.SIGTERM))
print(signal.alarm(0))
try:
    signal.signal(99, signal.SIG_DFL)
except ValueError as e:
    print(e)
try:
    signal.signal(signal.SIGKILL, h)
except OSError as e:
    print(e)
signal.raise_signal(signal.SIGUSR1)
print("raised", got)
