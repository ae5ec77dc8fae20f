def gen():
    yield 1
    raise LookupError('from generator')

def consume():
    for v in gen():
        print('got', v)

consume()
