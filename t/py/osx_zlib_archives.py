# zlib module; gzip, zipfile, tarfile (gz) from CPython's Lib over it
import gzip, zipfile, tarfile, io, os, tempfile, zlib, shutil
data = b"The quick brown fox jumps over the lazy dog. " * 50
g = gzip.compress(data, mtime=0)
print(len(g), gzip.decompress(g) == data)
d = tempfile.mkdtemp()
try:
    p = os.path.join(d, 'x.gz')
    with gzip.open(p, 'wt', encoding='utf-8') as f:
        f.write('text\n')
    with gzip.open(p, 'rt') as f:
        print(f.readlines())
    with gzip.open(p, 'wb') as f:
        f.write(b'line1\nline2\n')
    with gzip.open(p, 'rb') as f:
        print(f.readlines())
    with gzip.GzipFile(p) as f:
        print(f.read(3), f.read())
    zp = os.path.join(d, 'a.zip')
    with zipfile.ZipFile(zp, 'w', compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr('a.txt', 'hello zip\n' * 10)
        z.writestr('dir/b.bin', data)
    with zipfile.ZipFile(zp) as z:
        print(z.namelist(), [i.compress_type for i in z.infolist()])
        print(z.read('a.txt')[:10], z.read('dir/b.bin') == data, z.testzip())
        z.extractall(os.path.join(d, 'out'))
    print(sorted(os.listdir(os.path.join(d, 'out'))))
    tp = os.path.join(d, 'a.tar.gz')
    with tarfile.open(tp, 'w:gz') as t:
        t.add(os.path.join(d, 'out'), arcname='out')
    with tarfile.open(tp, 'r:gz') as t:
        print(sorted(t.getnames()))
        m = t.getmember('out/a.txt')
        print(m.size, m.isfile(), t.getmember('out/dir').isdir())
        t.extractall(os.path.join(d, 'tx'))
    print(open(os.path.join(d, 'tx', 'out', 'a.txt')).read(9))
    bio = io.BytesIO()
    with tarfile.open(fileobj=bio, mode='w') as t:
        ti = tarfile.TarInfo('mem.txt'); ti.size = 3
        t.addfile(ti, io.BytesIO(b'abc'))
    bio.seek(0)
    with tarfile.open(fileobj=bio) as t:
        print(t.getnames())
    c = zlib.compressobj(wbits=31)
    gz = c.compress(data) + c.flush()
    print(gzip.decompress(gz) == data)
    dd = zlib.decompressobj(wbits=47)
    print(dd.decompress(gz) == data, dd.eof)
    co = zlib.compressobj()
    a = co.compress(b'abc'); cp = co.copy()
    print(zlib.decompress(a + co.flush()), zlib.decompress(a + cp.flush()))
    print(zlib.decompress(zlib.compress(data, 1), bufsize=1) == data)
    dz = zlib.decompressobj()
    out = b''
    buf = zlib.compress(data)
    for i in range(0, len(buf), 7):
        out += dz.decompress(buf[i:i+7], 50)
        while dz.unconsumed_tail:
            out += dz.decompress(dz.unconsumed_tail, 50)
    out += dz.flush()
    print(out == data, dz.eof)
    zd = b'quick brown fox'
    c = zlib.compressobj(zdict=zd); x = c.compress(data) + c.flush()
    print(zlib.decompressobj(zdict=zd).decompress(x) == data)
    try:
        zlib.decompressobj().decompress(x)
    except zlib.error as e:
        print(e)
    print(zlib.crc32(b'abc', 0xffffffff), zlib.adler32(b''), zlib.crc32(memoryview(b'xyz')), zlib.crc32(bytearray(b'q')))
    print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEF_BUF_SIZE, zlib.error.__module__, zlib.error.__mro__[1])
finally:
    shutil.rmtree(d)
