# Dict-heavy: counting words of a generated text, then sorting the counts.
words = []
seed = 12345
for i in range(400_000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    words.append("w" + str(seed % 5000))
counts = {}
for w in words:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
pairs = {}
for w in words:
    pairs[w] = pairs.get(w, 0) + len(w)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top, sum(pairs.values()))
