# Nested loops over lists: indexing, for loops, list building.
def matmul(a, b, n):
    c = []
    for i in range(n):
        row = a[i]
        out = []
        for j in range(n):
            s = 0
            for k in range(n):
                s += row[k] * b[k][j]
            out.append(s)
        c.append(out)
    return c

n = 160
a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
b = [[(i + j) % 5 for j in range(n)] for i in range(n)]
c = matmul(a, b, n)
print(sum(sum(r) for r in c))
