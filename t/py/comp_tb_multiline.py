# a failing call that spans several lines and an attribute chain
class Box:
    value = None
def compute(a,
            b):
    return a.value.real + b
result = compute(
    Box(),
    2)
