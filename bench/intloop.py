# A 10-million-iteration integer loop: arithmetic, comparisons, jumps.
def loop(n):
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            total += i
        else:
            total -= 1
        i += 1
    return total

print(loop(10_000_000))
