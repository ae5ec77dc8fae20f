import sys, io
P = "/tmp/pyvm_t_misc2.txt"
f = open(P, "w")
print(repr(f).replace(P, "P"))
f.close()
print(repr(f).replace(P, "P"))
for m in ["rb", "wb", "r+b", "ab"]:
    with open(P, m) as g:
        print(repr(g).replace(P, "P"), g.name == P)
with open(P, "rb", buffering=0) as g:
    print(repr(g).replace(P, "P"))
print(repr(sys.stdin)[:40], sys.stdin.mode, sys.stdout.mode)
with open(P, "w") as f:
    print(f.buffer.mode if hasattr(f.buffer, "mode") else "-", type(f.buffer).__name__, f.buffer.name == P)
s = io.StringIO("x")
print(repr(s)[:17], type(s).__name__)
print(open(P).__enter__().read() == "")
try:
    open(P).__exit__(None, None, None), open(P).buffer.buffer
except AttributeError as e:
    print("AttributeError:", e)
print(str(open(P, "rb")).startswith("<_io.BufferedReader"))
