# When thread 0 ends the program ends, whatever the thread-module threads do.
import _thread, time
started = []
def spin():
    started.append(1)
    while True:
        pass
def sleeper():
    started.append(2)
    time.sleep(30)
    print("never")
_thread.start_new_thread(spin, ())
_thread.start_new_thread(sleeper, ())
while len(started) < 2:  # both running: a state, not a time
    time.sleep(0.001)
print("main ends")
