class H:
    __len__ = list.__len__
    __add__ = int.__add__
try:
    len(H())
except TypeError as e: print(e)
try:
    H() + 1
except TypeError as e: print(e)
