class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__, list[int].__origin__ is list, list[int].__args__)
print(list[int]([1, 2]), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(e)
print(int | str, type(int | None).__name__ if hasattr(type(int | None), "__name__") else "", isinstance(1, int | str), isinstance(None, int | None))
