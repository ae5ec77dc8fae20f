# caret anchors under a binary operation in a traceback
def total(items):
    return sum(items) + items[0] * "x" - 1
total([1, 2])
