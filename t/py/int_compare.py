def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = [0, 1, -1, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**100, -2**100]
for a in vals:
    print([(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in vals[:4]])
print(sorted(vals), max(vals), min(vals))
print(1 == 1.0, 2**53 + 1 == 2.0**53 + 1, 2**53 == 2.0**53, 10**400 > 1e308, -10**400 < -1e308)
print(1 < 1.5, 2 > 1.5, 2**63 < float('inf'), -2**63 > float('-inf'), 3 == float('nan'))
print(True == 1, False == 0, True < 2, 1 == 1 + 0j, 2 ** 64 == complex(2**64, 0))
