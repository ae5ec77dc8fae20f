# String building: concatenation, join, formatting, slicing.
parts = []
for i in range(300_000):
    parts.append("item%d," % i)
s = "".join(parts)
t = ""
for i in range(100_000):
    t += str(i % 10)
n = 0
for i in range(0, len(s) - 10, 7):
    if s[i:i + 4] == "item":
        n += 1
print(len(s), len(t), n, s[:20], t[-5:], "-".join(["ab", "cd"]).upper())
