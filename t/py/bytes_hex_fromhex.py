for b in [b"", b"\x00", b"\xde\xad\xbe\xef", bytes(range(10)), bytearray(b"\x01\x02\x03")]:
    print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), b.hex(b"|", 3), memoryview(b).hex())
print(bytes.fromhex(""), bytes.fromhex("  01 02\n03 "), bytes.fromhex("aAbBcC"), bytearray.fromhex("ff 00"), type(bytearray.fromhex("")).__name__)
for bad in ["0", "zz", "0 1", "12 3", "é1"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError:", e)
for sep in ["ab", "é", 1]:
    try:
        b"ab".hex(sep)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print("TypeError:", e)
