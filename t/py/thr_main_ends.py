# When thread 0 ends the program ends, whatever the thread-module threads do.
import _thread, time
def spin():
    while True:
        pass
def sleeper():
    time.sleep(30)
    print("never")
_thread.start_new_thread(spin, ())
_thread.start_new_thread(sleeper, ())
time.sleep(0.01)
print("main ends")
