from __future__ import annotations
# postponed evaluation: annotations are strings
def f(a: Undefined, b: list[int] = None) -> Missing:
    return a
print(f.__annotations__)
class C:
    field: SomeType
print(C.__annotations__)
v: Any = 1
print(__annotations__)
