class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
class Empty(Exception): pass
try:
    raise Empty()
except Empty as e:
    print(repr(str(e)))
def level3(): raise AppError(42)
def level2(): level3()
def level1(): level2()
level1()
