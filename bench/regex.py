# Regex-heavy: findall, finditer, sub (template and callable), split and
# search over a generated text of about 1 MB.
import re

words = []
seed = 2024
for i in range(120_000):
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    n = seed % 7
    if n == 0:
        words.append("user%d@example.com" % (seed % 1000))
    elif n == 1:
        words.append("2024-%02d-%02d" % (seed % 12 + 1, seed % 28 + 1))
    elif n == 2:
        words.append("Word%d," % (seed % 97))
    else:
        words.append("w" + "abcdefghij"[seed % 10] * (seed % 5 + 1))
text = " ".join(words)
lines = [text[i:i + 80] for i in range(0, len(text), 80)]

emails = re.findall(r"[\w.]+@[\w.]+\.\w+", text)
dates = re.findall(r"(\d{4})-(\d\d)-(\d\d)", text)
caps = sum(1 for _ in re.finditer(r"\b[A-Z]\w*", text))
swapped = re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", text)
upper = re.sub(r"w([a-j])\1+", lambda m: m.group(0).upper(), text)
parts = re.split(r"[,\s]+", text)
hits = 0
pat = re.compile(r"^(?:\w+\s+){3}(\w+)")
for line in lines:
    m = pat.search(line)
    if m:
        hits += len(m.group(1))
lazy = len(re.findall(r"W.*?,", text))
ign = len(re.findall(r"(?i)word\d+", text))
print(len(emails), len(dates), caps, len(swapped), len(upper), len(parts), hits, lazy, ign)
