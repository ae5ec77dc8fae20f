import cpylib
import hashlib
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    for data in [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'a' * 111, b'a' * 112, b'x' * 1000]:
        print(name, len(data), hashlib.new(name, data).hexdigest())
h = hashlib.sha256(); h.update(b'hello '); c = h.copy(); h.update(b'world')
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], h.name, h.digest_size, h.block_size)
print(hashlib.sha256('héllo'.encode()).hexdigest(), hashlib.md5(bytearray(b'ab')).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10).hex())
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError', e)
