class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[int, str])
print(list[int], dict[str, int], tuple[int, ...])
def f(x: list[int]) -> dict[str, int | None]:
    return {}
print(f.__annotations__)
print(int | str, int | None, (int | str) == (str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))
u = int | str | None
print(u.__args__)
try:
    int[0]
except TypeError as e:
    print("TypeError:", e)
