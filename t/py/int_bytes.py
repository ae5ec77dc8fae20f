def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print((0).to_bytes(), (255).to_bytes(), (1024).to_bytes(2), (1024).to_bytes(2, 'little'), (1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(1, signed=True), (-128).to_bytes(1, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True), (127).to_bytes(1, signed=True))
print((2**64).to_bytes(9, 'big'), (0).to_bytes(0, 'big'), (-(2**63)).to_bytes(8, 'big', signed=True))
t(lambda: (256).to_bytes(1))
t(lambda: (128).to_bytes(1, signed=True))
t(lambda: (-129).to_bytes(1, signed=True))
t(lambda: (-1).to_bytes(2))
t(lambda: (1).to_bytes(0))
t(lambda: (0).to_bytes(0, signed=True))
t(lambda: (-1).to_bytes(0, signed=True))
t(lambda: (1).to_bytes(2, 'middle'))
t(lambda: (1).to_bytes(-1))
print(int.from_bytes(b'\x00\x10'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff', signed=True), int.from_bytes(b'', 'big'))
print(int.from_bytes(b'\xff\xff\xff\xff\xff\xff\xff\xff\xff', 'big', signed=True), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x80\x00'), 'little', signed=True))
class MyInt(int):
    pass
x = MyInt.from_bytes(b'\x01\x00', 'big')
print(x, type(x).__name__)
