def a(n):
    if n == 0:
        raise OverflowError("deep")
    a(n - 1)
a(3)
