seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for size in (0, 1, 2, 5, 31, 32, 33, 64, 65, 100, 500, 2000):
    data = [(rnd(10), i) for i in range(size)]
    s = sorted(data, key=lambda t: t[0])
    ok = all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1))
    r = sorted(data, key=lambda t: t[0], reverse=True)
    okr = all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1]) for i in range(len(r) - 1))
    print(size, ok, okr, s[:3], r[:2])
runs = list(range(100)) + list(range(50)) + list(range(100, 0, -1)) + [5] * 20
print(sorted(runs) == sorted(runs, key=lambda v: v), sorted(runs)[:8], sorted(runs)[-3:])
f = [rnd(1000) / 7 for _ in range(300)]
print(sorted(f)[:3], sorted(f, reverse=True)[:2])
words = ['pear', 'Apple', 'fig', 'banana', 'apple', 'Fig', 'date']
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
mixed = [3, 1.5, 2, True, 0.5, -1]
print(sorted(mixed), sorted(mixed, reverse=True))
big = [2**70, 5, -2**65, 3, 2**64]
print(sorted(big))
