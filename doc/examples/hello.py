# hello.py: a first pyvm program. Run it with: ./pyvm doc/examples/hello.py

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

print("Hello from pyvm!")
print("fib(90) =", fib(90))
print("2**100 =", 2 ** 100)
print("most common word:", max(counts, key=counts.get), counts["the"])
print([x * x for x in range(10) if x % 2])
