parts = [str(i) for i in range(10000)]
s = ",".join(parts)
print(len(s), s[:20], s[-20:], s.count(","), len(s.split(",")))
t = ""
for i in range(2000):
    t += "é"
print(len(t), t[1000], len(t.encode()))
u = "x" * 100000
print(len(u), len(u * 3), u.find("y"), u.count("x"), len(u.replace("x", "yz")))
lst = []
for i in range(1000):
    lst.append("%d:%s" % (i, chr(0x400 + i)))
joined = "|".join(lst)
print(len(joined), joined[-10:], joined.split("|")[500])
print(len("".join(reversed(joined))), "".join(sorted("hello world")))
