class Resource:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError('cleanup failed')

with Resource():
    1 / 0
