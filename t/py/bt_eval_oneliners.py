tests = r'''
"{:,}".format(1.5e20)
"%.3g" % 1234567
"abc".index("c", -1)
"a\u0300".upper()
"İ".casefold()
str.maketrans("", "", "ab")
"x".center(6, "é")
"\N{GREEK SMALL LETTER ALPHA}"
int.from_bytes(b"", "big")
(0).to_bytes(0, "big")
(-129).to_bytes(1, "big", signed=True)
float("0x1p-1074".replace("0x","")) if False else float.fromhex("0x1p-1074")
(2.5).__round__()
round(-0.5)
divmod(-0.0, 1)
1e308 * 10 - 1e308 * 10
(-8) ** (1/3)
complex("1e3j")
pow(10, -2, 7)
10 ** -2
bytes.fromhex("")
b"abc".center(7, b"-")
bytearray(b"abc").pop(-1)
[1,2,3].index(3, -1)
list(range(5))[::-3]
{1:2}.items() | {(3,4)}
{1:2}.keys() - [1]
frozenset({1}) | set()
set().union([1], [2])
sorted({3:1, 1:2}.values())
dict(a=1).__or__(1)
"ab".__mul__(-1)
repr(1e16)
repr(12345678901234567.0)
repr(-1.5e-10)
str(float("-nan"))
format(float("nan"), "+")
format(-0.0, "")
format(1e-7, "")
'%r' % 1e22
int("١٢")
"".join(reversed("abc"))
chr(955).isidentifier()
"a".isprintable()
"\t".isprintable()
"١".isdigit()
"ⅷ".isnumeric()
"Ⅷ".lower()
"ΑΣ".lower()
"ß".title()
"ŉ".upper()
"ﬁ".title()
"abc".expandtabs(-1)
"a\tb\r\tc".expandtabs(4)
"x=1".partition("=")
"%5.1s|" % "abc"
"%-+5d|" % 3
"%#.3g" % 1
"%x" % 3.0 if False else "%c" % 97
b"%5.2f" % 3.14159
"{:=^9}".format(-3)
"{:0=5}".format(-3)
"{:05}".format("ab")
"{:,.2%}".format(1234.5)
"{:.0%}".format(0.005)
"{:#b}".format(-5)
"{:x}".format(True)
"{!r:}".format(1)
max([], key=len, default=0)
min(1, 2, key=None)
list(zip(strict=True))
abs(-2**63)
-(2**63) // -1
(-2**63) % 7
int("-9223372036854775808") - 1
(2**63) >> 63
1 << 63
~(2**63)
isinstance(2**63, int)
hash(2**63)
(-5) // 2**64
(-5) % 2**64
7 .bit_count()
(-1) ** 0.5
0.0 ** -1 if False else 0 ** 0.0
2 ** 0.5 ** 2
'''
for line in tests.strip().split("\n"):
    try:
        r = repr(eval(line))
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(line, "=>", r)
