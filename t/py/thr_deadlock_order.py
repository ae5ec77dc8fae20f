# Two threads take two locks in opposite orders while thread 0 waits for
# both: the deadlock is reported in thread 0 with each wait.
import thread
a = thread.allocate_lock()
b = thread.allocate_lock()
done = thread.Semaphore(0)
def one():
    with a:
        sleep(0.01)
        with b:
            pass
    done.release()
def two():
    with b:
        sleep(0.01)
        with a:
            pass
    done.release()
thread.start_new(one)
thread.start_new(two)
try:
    done.acquire()
    done.acquire()
except thread.Deadlock as e:
    print(e)
print(thread._count(), a.locked(), b.locked())
