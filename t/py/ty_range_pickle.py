import pickle, sys
it=iter(range(3,20,3)); next(it); print(it.__reduce__())
it=iter(range(2**70,2**70+5)); next(it); print(it.__reduce__())
it=iter(range(3)); list(it); print(it.__reduce__())
it=iter(range(3)); it.__setstate__(-5); print(list(it)); it=iter(range(3)); it.__setstate__(50); print(list(it))
it=iter(range(2**70,2**70+5)); it.__setstate__(-5); print(list(it)); it=iter(range(2**70,2**70+5)); it.__setstate__(50); print(list(it))
it=iter(range(2**70,2**70+5)); it.__setstate__(2); print(list(it))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = reversed(range(10, 0, -2)); next(it)
    print(proto, list(pickle.loads(pickle.dumps(it, proto))))
