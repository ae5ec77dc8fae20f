# A native add-on (t/addon/nativetest.c) using the <pyvm/pyvm.h> object API.
import os, sys
sys.path.insert(0, os.environ.get("PYVM_ADDON_TESTDIR") or
                os.path.join(os.path.dirname(sys.executable), "t", "addon", ".libs"))
import nativetest as n

print(n.__name__, os.path.basename(n.__file__), n.ABI, n.GREETING, n.NOTHING, n.YES, n.PAIR)
print(n.sum_list([1, 2, 3]), n.sum_list((1, 2.5)), n.sum_list([]))
print(n.describe([1, "a"]), n.describe(None), n.describe(2.5))
print(n.upper_bytes(b"abc-xyz"))
print(n.word_lengths("  hello big  world "))
print(n.apply(max, 3, 9, 2), n.apply(lambda: "called"), n.apply_method("a-b-c", "split", "-"))

class O:
    pass

o = O()
print(n.swap_attr(o, "x", 1), n.swap_attr(o, "x", 2), o.x)
for k in range(4):
    try:
        print(n.fail(k))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, RuntimeError))
print(repr(n.catch(lambda: 1 / 0)), n.catch(lambda: 1))
n.remember({"kept": [1, 2, 3]})
junk = [[i] * 10 for i in range(2000)]
del junk
print(n.recall())
c = n.Counter(5)
print(c.add(), c.add(10), c.value(), n.Counter.unit(), type(c).__name__, n.Counter.__module__)
print([n.Counter(i).add(i) for i in range(5)])
print(n.Error.__mro__[:2], n.sum_list.__name__)
for bad in [lambda: n.sum_list(), lambda: n.sum_list([1, "x"]), lambda: n.upper_bytes("s"),
            lambda: n.word_lengths(b"x"), lambda: n.sum_list([2**70])]:
    try:
        bad()
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
# GIL bracket, and a library's own OS thread calling back into Python
print(n.gil_section())
print(n.call_in_thread(lambda x: x * 2, 21), n.call_in_thread(lambda x: [x] * 2, "v"))
print(n.call_in_thread(lambda x: 1 / 0, 1))
