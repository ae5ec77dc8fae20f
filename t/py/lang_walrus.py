data = [1, 5, 8, 2, 9]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
vals = iter([3, 2, 1, 0])
while (v := next(vals)):
    print(v)
def f():
    [(last := i) for i in range(5)]
    return last
print(f())
print((a := 1, a + 1))
total = 0
print([total := total + i for i in range(5)], total)
print(any((hit := x) > 6 for x in data), hit)
