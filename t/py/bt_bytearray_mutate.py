ba = bytearray(b"hello")
ba.append(33); ba.extend(b"ab"); ba.insert(0, 62); ba.insert(-1, 45); print(ba)
print(ba.pop(), ba.pop(0), ba); ba.remove(108); print(ba)
ba.reverse(); print(ba)
ba[0] = 65; ba[1:3] = b"XYZ"; print(ba)
del ba[::2]; print(ba)
ba[::2] = b"12"[:len(ba[::2])] if len(ba[::2]) == 2 else ba[::2]; print(ba)
ba += b"++"; ba *= 2; print(ba, len(ba))
c = ba.copy(); ba.clear(); print(ba, c)
for bad in [lambda: ba.pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append(256),
            lambda: bytearray(b"ab").__setitem__(slice(None, None, 2), b"xyz"), lambda: bytearray(b"a").__setitem__(0, b"x")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = bytearray(b"abcdef"); mv = memoryview(m); mv[0] = 90; print(m, mv[1:3].tobytes(), mv.tolist()[:3])
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") == b"x", hash(b"x") == hash(b"x"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(e)
