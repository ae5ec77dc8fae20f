import unicodedata as u, hashlib, sys
h = {k: hashlib.md5() for k in ['name', 'cat', 'bidi', 'comb', 'eaw', 'mir', 'dec', 'decimal', 'digit', 'numeric', 'NFC', 'NFD', 'NFKC', 'NFKD', 'lookup']}
step = 37
for cp in range(0, 0x110000, step):
    c = chr(cp)
    n = u.name(c, '')
    h['name'].update(n.encode())
    h['cat'].update(u.category(c).encode()); h['bidi'].update(u.bidirectional(c).encode())
    h['comb'].update(str(u.combining(c)).encode()); h['eaw'].update(u.east_asian_width(c).encode())
    h['mir'].update(str(u.mirrored(c)).encode()); h['dec'].update(u.decomposition(c).encode())
    h['decimal'].update(str(u.decimal(c, None)).encode()); h['digit'].update(str(u.digit(c, None)).encode())
    h['numeric'].update(str(u.numeric(c, None)).encode())
    if 0xD800 <= cp < 0xE000: continue
    for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        h[f].update(u.normalize(f, c + 'a\u0301').encode())
    if n and cp % 7 == 0:
        h['lookup'].update(u.lookup(n).encode())
for k, v in h.items():
    print(k, v.hexdigest())
import random
random.seed(5)
pool = [chr(c) for c in list(range(0x300, 0x370)) + list(range(0x1100, 0x1200)) + list(range(0xAC00, 0xAC80)) + list(range(0x41, 0x7b)) + list(range(0xC0, 0x180)) + list(range(0x1E00, 0x1F00)) + list(range(0xFB00, 0xFB50)) + [0x2126, 0x212B, 0x1E9B, 0x323, 0x0F73, 0x0F75, 0x0F81, 0x1D15E, 0x2FA1D, 0xFDFA, 0x3300]]
h = hashlib.md5()
for i in range(3000):
    s = ''.join(random.choice(pool) for _ in range(random.randint(1, 8)))
    for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        r = u.normalize(f, s)
        h.update(r.encode('utf-8', 'surrogatepass'))
        h.update(str(u.is_normalized(f, s)).encode())
print(h.hexdigest())
for bad in [('NFX', 'a'), ('NFC', 1)]:
    try: u.normalize(*bad)
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: u.name('ab'), lambda: u.name(''), lambda: u.lookup('NO SUCH THING'), lambda: u.numeric('a'), lambda: u.decimal('x'), lambda: u.digit('x'), lambda: u.name('\x00'), lambda: u.category(5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(u.unidata_version, u.ucd_3_2_0.unidata_version, u.lookup('LATIN SMALL LETTER SHARP S'), u.lookup('HANGUL SYLLABLE GAG'), u.name('\uac01'), u.name('\u4e00'), u.lookup('CJK UNIFIED IDEOGRAPH-4E00'))
print(u.numeric('\u00bd'), u.numeric('\u2155'), u.digit('\u00b2'), u.decimal('\u0663'), u.east_asian_width('\u3000'), u.mirrored('('), u.decomposition('\u00e9'), u.decomposition('\ufb01'))
