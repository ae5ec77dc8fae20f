def show(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
show(lambda: len())
show(lambda: len(1, 2))
show(lambda: isinstance(1))
show(lambda: getattr(1))
show(lambda: [].append())
show(lambda: {}.get())
show(lambda: 'x'.join())
show(lambda: divmod(1))
show(lambda: sorted([3, 1], reverse=True))
show(lambda: sorted([3, 1], bad=True))
show(lambda: int('12', base=8))
