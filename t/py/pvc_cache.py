# The compiled-code cache (vm/codecache.c): __pycache__/NAME.pyvm-311.pvc
# is written on import, loaded on the next import while the source's
# mtime and size are unchanged, rewritten when they change, ignored when
# damaged, and not written with -B, PYTHONDONTWRITEBYTECODE or
# sys.dont_write_bytecode. PYVM_CODECACHE_LOG=1 makes the cache say what
# it does on stderr.
import os, sys, subprocess

D = '/tmp/pvc_cache_%d' % os.getpid()
os.mkdir(D)
PVC = os.path.join(D, '__pycache__', 'mod.pyvm-311.pvc')
SRC = os.path.join(D, 'mod.py')

env = dict(os.environ)
env.pop('PYTHONDONTWRITEBYTECODE', None)
env.pop('PYVM_NO_CODECACHE', None)
env['PYVM_CODECACHE_LOG'] = '1'

MOD = '''\
"""doc of mod"""
import sys
BIG = 2 ** 100 + 1
NEG = -(2 ** 70)
CONSTS = (1.5, -0.0, 2j, b'\\x00by', frozenset({7}), None, ..., True, 'h\\u00e9', 'x' * 300)
class K:
    "doc of K"
    def m(self, a, /, b=2, *c, d, **e):
        return __class__.__name__, a + b
def gen(n):
    for i in range(n):
        yield i * i
def outer():
    x = 5
    def inner():
        return x
    return inner
async def co():
    return 1
def f():
    try:
        raise ValueError('v')
    except ValueError as e:
        err = str(e)
    with open(__file__) as fp:
        first = fp.readline().strip()
    return ('WORD', BIG, NEG, CONSTS, K().m(1, d=0), list(gen(4)), outer()(), err, first,
            __doc__, K.__doc__, f.__code__.co_firstlineno)
'''


def write_src(word):
    with open(SRC, 'w') as fp:
        fp.write(MOD.replace('WORD', word))


def run(*opts, code='import mod; print(mod.f())', extra_env=None):
    e = dict(env)
    if extra_env:
        e.update(extra_env)
    r = subprocess.run([sys.executable, *opts, '-c', code], cwd=D, env=e,
                       capture_output=True, text=True)
    out = r.stdout.strip()
    print('  out:', out[:24] + ' ... ' + out[-40:] if len(out) > 70 else out, '| rc', r.returncode)
    for line in r.stderr.splitlines():
        if '/mod.' in line or 'rror' in line:
            print('  err:', line.replace(D, 'D'))


def exists():
    print('  pvc exists:', os.path.exists(PVC))


print('first import: compiles and writes')
write_src('one')
run()
exists()
print('second import: loads the cache')
run()

print('same size, same mtime, new text: the cache is used (old behaviour)')
os.system('cp -p %s %s/ref.txt' % (SRC, D))
write_src('two')
os.system('touch -r %s/ref.txt %s' % (D, SRC))
run()
print('new mtime: stale, recompiled, rewritten')
os.system('touch -d "2001-01-01 00:00:00" %s' % SRC)
run()
run()

print('damaged cache files are ignored')
with open(PVC, 'rb') as fp:
    good = fp.read()
bad = bytearray(good)
bad[len(bad) // 2] ^= 0x55
for name, data in [('flipped byte', bytes(bad)), ('truncated', good[:len(good) // 2]),
                   ('header only', good[:56]), ('short', b'PVC'), ('empty', b''),
                   ('other build', good[:8] + bytes([good[8] ^ 1]) + good[9:])]:
    with open(PVC, 'wb') as fp:
        fp.write(data)
    print(' ', name)
    run()

print('-B, PYTHONDONTWRITEBYTECODE, sys.dont_write_bytecode: nothing written')
os.remove(PVC)
run('-B')
exists()
run(extra_env={'PYTHONDONTWRITEBYTECODE': '1'})
exists()
run(code='import sys; sys.dont_write_bytecode = True; import mod; print(mod.f()[0])')
exists()
run(code='import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)')
run('-B', code='import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)')

print('the main script is not cached')
r = subprocess.run([sys.executable, 'mod.py'], cwd=D, env=env, capture_output=True, text=True)
print('  rc', r.returncode, repr(r.stderr))
exists()

print('unwritable __pycache__: silent')
os.rmdir(os.path.join(D, '__pycache__'))
with open(os.path.join(D, '__pycache__'), 'w') as fp:
    fp.write('not a directory')
run()
os.remove(os.path.join(D, '__pycache__'))

print('code from the cache equals freshly compiled code')
run(code='import mod; print(mod.f.__code__.co_consts[-1])')
run(code='''import mod, marshal
src = open(mod.__file__).read()
fresh = compile(src, mod.__file__, 'exec')
cached = marshal.loads(open(mod.__file__.replace('mod.py', '__pycache__/mod.pyvm-311.pvc'), 'rb').read()[56:])
print(fresh == cached, fresh.co_consts == cached.co_consts)''')

os.system('rm -rf ' + D)
print('done')
