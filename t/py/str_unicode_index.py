s = "aé€😀" * 50 + "end"
print(len(s), s[0], s[1], s[2], s[3], s[199], s[-1], s[-4])
print(s[100:104], s[196:], s[::50])
t = "".join(chr(0x400 + i % 200) for i in range(1000))
print(len(t), t[999] == chr(0x400 + 999 % 200), t[500:505])
acc = 0
for i in range(len(t)):
    acc += ord(t[i])
print(acc)
print(t.find(chr(0x400 + 150)), t.rfind(chr(0x400 + 150)), t.count(chr(0x400)))
print(s.index("end"), s.find("😀", 10), s.rfind("é", 0, 100))
u = "\ud800"
print(len(u), repr(u), ascii(u))
print(repr("a\udcff b"))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("ÀÉÎõü".lower(), "àéîõü".upper(), "ǅ".lower(), "ǆ".title())
print("ΣΑΣ ΟΔΟΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("Straße".casefold(), "ΣΑΣ".casefold())
print(list(reversed("aé😀")))
