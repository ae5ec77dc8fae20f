print(str(10**50), repr(-10**30), int(str(7**100)) == 7**100, len(str(2**1000)), format(10**25, ","), format(-10**20, "_x"), f"{2**64:e}")
print(int("  -00012  "), int("1" * 40) % 97, int("-0"), int("٣"), int(b"42"), int(bytearray(b" 7 ")), int("1" + "0" * 20, 2))
for bad in ["1e5", "0x10", "- 1", "++1", "1 1", "", "١x"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
class HasInt:
    def __int__(self): return 7
class HasIndex:
    def __index__(self): return 8
class HasTrunc:
    def __trunc__(self): return 9
print(int(HasInt()), int(HasIndex()))
try:
    int(object())
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
print(int("10", base=16), int("ff", 16), int("0xff", 16), int("Z", 36), int("11", 2), int("-1_0", 10))
