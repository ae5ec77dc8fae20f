import atexit, gc
def f(): print('f ran')
def g(*a, **k): print('g', a, k)
def bad(): raise ValueError('oops')
bad.__qualname__ = 'bad'
print(atexit.register(g, 1, 2, x=3) is g)
atexit.register(f)
atexit.register(f)
atexit.unregister(f)
atexit.register(print, 'last', 'registered', sep='-')
print(gc.isenabled(), gc.collect() >= 0, gc.get_threshold())
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print('end of main')
