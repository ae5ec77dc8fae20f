P = "/tmp/pyvm_t_file_modes.txt"
with open(P, "w") as f:
    print(f.mode, f.readable(), f.writable(), f.name == P, f.closed, f.isatty(), f.fileno() > 2, f.line_buffering)
    f.write("data")
with open(P, "r") as f:
    print(f.mode, f.readable(), f.writable())
with open(P, "a") as f:
    print(f.mode, f.readable(), f.writable(), f.tell())
with open(P, "r+") as f:
    print(f.mode, f.readable(), f.writable())
with open(P, "w+") as f:
    print(f.mode, f.readable(), f.writable(), repr(f.read()))
with open(P, "rt") as f:
    print(f.mode)
for m in ["rb", "wb", "ab", "r+b", "w+b", "a+b", "rb+"]:
    with open(P, m) as f:
        print(m, f.mode, type(f).__name__, f.readable(), f.writable())
for m, b in [("rb", 0), ("wb", 0), ("r+b", 0)]:
    with open(P, m, buffering=b) as f:
        print(m, f.mode, type(f).__name__)
with open(P, "w", encoding="utf-8", errors="ignore", newline="\n") as f:
    print(f.encoding, f.errors)
with open(P) as f:
    print(f.encoding, f.errors)
try:
    open(P, "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror)
