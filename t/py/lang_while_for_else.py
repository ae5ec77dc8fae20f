for i in range(3):
    pass
else:
    print("for else", i)
for i in range(3):
    if i == 1: break
else:
    print("never")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    break
else:
    print("never")
for x in []:
    print("never")
else:
    print("empty for else")
def find(seq, t):
    for i, v in enumerate(seq):
        if v == t:
            return i
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
out = []
for i in range(3):
    for j in range(3):
        if j == 2: break
        if j == i: continue
        out.append((i, j))
print(out)
i = 0
while i < 10:
    i += 1
    if i % 2: continue
    if i > 6: break
    print("even", i)
