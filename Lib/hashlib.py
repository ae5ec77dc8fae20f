"""hashlib for pyvm: the md5, sha1 and SHA-2 digests of the C modules
_md5, _sha1, _sha256 and _sha512 (pyvm has no OpenSSL binding, BLAKE2 or
SHA-3 yet)."""

import _md5
import _sha1
import _sha256
import _sha512

md5 = _md5.md5
sha1 = _sha1.sha1
sha224 = _sha256.sha224
sha256 = _sha256.sha256
sha384 = _sha512.sha384
sha512 = _sha512.sha512

_constructors = {'md5': md5, 'sha1': sha1, 'sha224': sha224, 'sha256': sha256,
                 'sha384': sha384, 'sha512': sha512}

algorithms_guaranteed = frozenset(_constructors)
algorithms_available = frozenset(_constructors)

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available', 'pbkdf2_hmac',
           'file_digest')


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm."""
    ctor = _constructors.get(name) or _constructors.get(str(name).lower())
    if ctor is None:
        raise ValueError('unsupported hash type ' + name)
    return ctor(data, **kwargs)


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC."""
    if not isinstance(hash_name, str):
        raise TypeError(hash_name)
    ctor = _constructors.get(hash_name.lower())
    if ctor is None:
        raise ValueError('unsupported hash type ' + hash_name)
    password = bytes(password)
    salt = bytes(salt)
    if iterations < 1:
        raise ValueError('iteration value must be greater than 0.')
    inner, outer = ctor(), ctor()
    block = inner.block_size
    if len(password) > block:
        password = ctor(password).digest()
    password = password + b'\0' * (block - len(password))
    inner.update(bytes(x ^ 0x36 for x in password))
    outer.update(bytes(x ^ 0x5C for x in password))

    def prf(msg):
        icpy, ocpy = inner.copy(), outer.copy()
        icpy.update(msg)
        ocpy.update(icpy.digest())
        return ocpy.digest()

    if dklen is None:
        dklen = outer.digest_size
    if dklen < 1:
        raise ValueError('key length must be greater than 0.')
    dkey = b''
    loop = 1
    while len(dkey) < dklen:
        prev = prf(salt + loop.to_bytes(4, 'big'))
        rkey = int.from_bytes(prev, 'big')
        for _ in range(iterations - 1):
            prev = prf(prev)
            rkey ^= int.from_bytes(prev, 'big')
        loop += 1
        dkey += rkey.to_bytes(inner.digest_size, 'big')
    return dkey[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened in binary mode."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    while True:
        data = fileobj.read(_bufsize)
        if not data:
            break
        digestobj.update(data)
    return digestobj
