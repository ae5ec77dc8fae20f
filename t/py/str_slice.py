s = "0123456789"
u = "αβγδεζηθικ"
for t in (s, u):
    print(t[2:5], t[-3:], t[:-3], t[::3], t[1::2], t[::-2], t[8:2:-2], t[-1:-5:-1], t[5:2], t[100:], t[-100:-98], t[::11], t[3:3])
    print(t[slice(1, 4)], t[slice(None, None, -3)], t[True], t[-10], t[1:8:3], len(t[::-1]))
big = "ab€" * 1000
print(len(big), big[2999], big[1500:1506], big[-4:], big[::1000], big[2995:3000:2], len(big[::7]))
class I:
    def __index__(self): return 2
print(s[I()], s[I():], s[:I()], s[::I()])
print(s[2:-2][::-1][1:3], (s * 3)[9:12], s[-1:0:-1])
