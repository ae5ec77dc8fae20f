class AppError(Exception):
    def __str__(self):
        return 'custom str'
class Empty(Exception):
    pass
try:
    raise Empty()
except Empty as e:
    print(repr(str(e)))
raise AppError(1, 2)
