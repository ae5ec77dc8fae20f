def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

nan, inf = float('nan'), float('inf')
vals = [0.0, -0.0, 1.0, 1.5, -1.5, inf, -inf, nan, 2**53, 2**53 + 1, 10**400, -10**400, 0, 1, 2**63, True]
for a in vals:
    print([(a < b, a == b, a >= b) for b in vals])
print(nan == nan, nan != nan, nan < 1, [nan] == [nan], 0.0 == -0.0, 2.0**53 + 1 == 2**53 + 1, 9007199254740993 == 9007199254740992.0)
print(2**1024 > 1.7976931348623157e308, 2**1024 - 1 > inf, -2**1024 < -inf, 1.5 > 1, 1.5 < 2, -1.5 < -1, -1.5 > -2)
print(sorted([3, 1.5, -inf, 2**70, 0.0, -1, inf, 10**20]), max(1, 1.0), min(1.0, 1), max(2, 2.5))
print(1 == 1.0000000000000002, 10**16 == 1e16, 10**16 + 1 == 1e16 + 1, 10**23 == 1e23)
