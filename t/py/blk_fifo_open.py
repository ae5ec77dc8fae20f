# os.open of a FIFO waits for the other end on a worker: the opening
# thread is real blocked while the others run (one of them opens the
# other end).
import os, thread, time

path = '/tmp/pyvm_blk_fifo_%d' % os.getpid()
os.mkfifo(path)
log = []
done = thread.allocate_lock()
done.acquire()

def reader():
    fd = os.open(path, os.O_RDONLY)
    log.append('reader opened')
    data = os.read(fd, 100)
    os.close(fd)
    log.append(data)
    done.release()

t = thread.start_new_thread(reader, ())
time.sleep(0.2)
log.append('main still runs; reader is ' + thread.state(t))
fd = os.open(path, os.O_WRONLY)
os.write(fd, b'through the fifo')
os.close(fd)
done.acquire()
os.remove(path)
for e in log:
    print(e)
