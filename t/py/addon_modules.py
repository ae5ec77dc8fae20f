# Our own modules built as loadable native add-ons (errno, _bisect,
# _heapq): same results as CPython's built-in ones.
import errno, _bisect, _heapq
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR, errno.EPIPE)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK])
print(len(errno.errorcode) > 100, all(getattr(errno, v) == k for k, v in errno.errorcode.items()))
a = [1, 3, 3, 5, 7]
print(_bisect.bisect_left(a, 3), _bisect.bisect_right(a, 3), _bisect.bisect_left(a, 3, 2),
      _bisect.bisect_right(a, 3, 0, 2), _bisect.bisect_left(a, 10), _bisect.bisect_right(a, 0))
_bisect.insort_left(a, 4)
_bisect.insort_right(a, 3)
print(a)
words = ["a", "bb", "cccc"]
print(_bisect.bisect_left(words, 3, key=len), _bisect.bisect_right(words, 2, key=len))
_bisect.insort_right(words, "ddd", key=len)
print(words)
try:
    _bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError", e)
h = []
for x in [5, 1, 4, 2, 3, 9, 0, 4]:
    _heapq.heappush(h, x)
print(h)
print([_heapq.heappop(h) for _ in range(len(h))])
l = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
_heapq.heapify(l)
print(l, _heapq.heapreplace(l, 11), _heapq.heappushpop(l, -1), _heapq.heappushpop(l, 5), l)
for bad in [lambda: _heapq.heappop([]), lambda: _heapq.heappush((), 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
