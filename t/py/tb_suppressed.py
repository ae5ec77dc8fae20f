def f():
    try:
        raise KeyError('hidden')
    except KeyError:
        raise TypeError('shown only') from None
f()
