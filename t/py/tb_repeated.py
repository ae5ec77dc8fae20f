def down(n):
    if n == 0:
        raise ValueError('bottom reached')
    down(n - 1)

down(12)
