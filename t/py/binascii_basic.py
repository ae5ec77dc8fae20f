import cpylib
import binascii, base64
for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))[:40]]:
    e = binascii.b2a_base64(d)
    print(d[:8], e, binascii.a2b_base64(e) == d, binascii.hexlify(d)[:20], binascii.crc32(d), binascii.crc_hqx(d, 0))
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-'), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', ' ', -2))
print(binascii.unhexlify('0aFF'), binascii.a2b_hex(b'00'), binascii.crc32(b'hello', 12345), binascii.b2a_base64(b'xy', newline=False))
print(binascii.a2b_base64('YW Jj\nZA=='), binascii.a2b_base64(b'YWI='), binascii.a2b_base64(b'YQ==YWI='))
for bad in ['abc', 'zz']:
    try: binascii.unhexlify(bad)
    except binascii.Error as e: print('Error', e)
for bad in [b'YWJjZ', b'YWJjZA=', b'YW']:
    try: binascii.a2b_base64(bad)
    except binascii.Error as e: print('Error', e)
try: binascii.a2b_base64(b'YW!J', strict_mode=True)
except binascii.Error as e: print('Error', e)
print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='), base64.urlsafe_b64encode(b'\xfb\xff'))
print(base64.b16encode(b'hi'), base64.b32encode(b'hi'), base64.b85encode(b'hi'), base64.standard_b64decode('aGk='))
print(issubclass(binascii.Error, ValueError))
