import cpylib
import struct
print(struct.pack('<hHiIqQ', -2, 3, -4, 5, -6, 7), struct.pack('>hHiIqQ', -2, 3, -4, 5, -6, 7))
print(struct.pack('@bi', 1, 2), struct.pack('=bi', 1, 2), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.calcsize('bq0i'), struct.calcsize('?P3s2p'))
print(struct.unpack('<hHiIqQ', struct.pack('<hHiIqQ', -2, 3, -4, 5, -6, 7)))
print(struct.pack('<fde', 1.5, -2.25, 0.333), struct.unpack('<fde', struct.pack('<fde', 1.5, -2.25, 0.333)))
print(struct.pack('3s2p?c', b'abcd', b'xyz', True, b'!'), struct.unpack('3s2p?c', b'abc\x01x\x01!'))
print(struct.pack('!I', 0xdeadbeef), struct.unpack('!I', b'\xde\xad\xbe\xef'), struct.pack('<2h3x', 1, 2))
s = struct.Struct('<ih'); print(s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
b = bytearray(8); struct.pack_into('<i', b, 2, -1); print(b, struct.unpack_from('<h', b, 2))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
for e in [1e-8, 65504.0, 1e-5, -0.0, float('inf'), 2.0**-24, 0.1]:
    print(e, struct.unpack('<e', struct.pack('<e', e)), struct.pack('<e', e))
for f,v in [('<q',2**64),('b',200),('B',-1),('<h',40000),('<i',2**40),('I',-1),('<l',2**40),('<b','x'),('c',b'ab'),('<f',1e300),('e',1e10)]:
    try: struct.pack(f,v)
    except Exception as e: print(f, type(e).__name__, e)
for a in [('<z',), ('i', 1, 2)]:
    try: struct.pack(*a)
    except Exception as e: print(a, type(e).__name__, e)
try: struct.unpack('<i', b'ab')
except struct.error as e: print(type(e).__name__, e)
try: struct.unpack_from('<i', b'ab', 1)
except Exception as e: print(type(e).__name__, e)
print('end')
