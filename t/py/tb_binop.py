def compute(a, b):
    return a + b * 2

values = [1, 'two']
total = compute(values[0], 3) + compute(values[0],
                                        values[1])
