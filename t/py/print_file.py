import io, sys
buf = io.StringIO()
print("hello", 42, file=buf)
print("a", "b", sep="|", end="$", file=buf)
print(repr(buf.getvalue()))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): self.parts.append("<flush>")
w = W()
print("x", "y", file=w, flush=True)
print(w.parts)
P = "/tmp/pyvm_t_print_file.txt"
with open(P, "w") as f:
    print("line1", file=f)
    print("line2", "more", sep=", ", file=f)
with open(P) as f:
    print(repr(f.read()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
val = sys.stdout.getvalue()
sys.stdout = old
print("got", repr(val))
sys.stdout = None
print("dropped")
sys.stdout = old
print("restored")
