# Broken add-ons fail with ImportError naming the file and the reason.
import os, sys
d = (os.environ.get("PYVM_ADDON_TESTDIR") or
     os.path.join(os.path.dirname(sys.executable), "t", "addon", ".libs"))
sys.path.insert(0, d)
for name in ["bad_nodesc", "bad_proto", "bad_symbol", "bad_abi", "bad_plainabi",
             "bad_init", "bad_undef"]:
    try:
        __import__(name)
        print(name, "imported?!")
    except ImportError as e:
        print(name, type(e).__name__, e.name, os.path.basename(e.path))
        print("   ", str(e).replace(e.path, "FILE"))
    print("   ", name in sys.modules)
# a failed import can be retried and fails the same way
try:
    import bad_abi
except ImportError as e:
    print("again:", str(e).replace(e.path, "FILE"))
try:
    import no_such_addon_anywhere
except ImportError as e:
    print(type(e).__name__, e)
