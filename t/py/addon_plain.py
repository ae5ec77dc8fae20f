# A plain add-on (t/addon/plaintest.c): C functions described by
# prototypes, wrapped with libffi by the loader; constants; init.
import os, sys
sys.path.insert(0, os.environ.get("PYVM_ADDON_TESTDIR") or
                os.path.join(os.path.dirname(sys.executable), "t", "addon", ".libs"))
import plaintest as p

print(p.__name__, p.__doc__, os.path.basename(p.__file__))
print(p.add(2, 3), p.add(-7, 2))
print(p.scale(1.5, 4.0), p.scale(2, 0.25))
print(p.greeting())
print(p.count_bytes("abc"), p.count_bytes("h\u00e9"), p.strlen("found by name"))
buf = bytearray(5)
p.fill(buf, 3, ord("z"))
print(buf)
print(p.ANSWER, p.BIG, p.HALF, p.LABEL)
print(p.get_init_calls())
import plaintest
print(plaintest is p, p.get_init_calls())
for bad in [lambda: p.add(1), lambda: p.add("x", 2), lambda: p.add(2**40, 1)]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__)
