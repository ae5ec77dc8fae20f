import io, sys
print(isinstance(open("/tmp/pyvm_iob.txt", "w"), io.IOBase), isinstance(sys.stdout, io.TextIOBase), isinstance(io.StringIO(), io.TextIOBase))
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(open("/tmp/pyvm_iob.txt", "rb"), io.BufferedIOBase), isinstance(open("/tmp/pyvm_iob.txt", "rb", buffering=0), io.RawIOBase))
print(issubclass(io.StringIO, io.IOBase), isinstance(1, io.IOBase))
class Gen(io.IOBase):
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def read(self, n=-1):
        if n < 0:
            n = len(self.text)
        r = self.text[self.pos:self.pos + n]
        self.pos += len(r)
        return r
    def readable(self):
        return True
g = Gen(b"one\ntwo\nthree")
print(g.readable(), g.writable(), g.closed, g.readline(), g.readlines())
g2 = Gen(b"a\nb\n")
print(list(g2))
with Gen(b"x") as g3:
    print(g3.closed)
print(g3.closed)
try:
    g3.readline() if False else g3.__enter__()
except ValueError as e:
    print("ValueError:", e)
class Sink(io.RawIOBase):
    def __init__(self): self.data = []
    def write(self, b): self.data.append(bytes(b)); return len(b)
    def writable(self): return True
s = Sink()
s.writelines([b"a", b"bc"])
print(s.data, s.writable(), s.seekable())
try:
    s.fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
class T(io.TextIOBase):
    pass
try:
    T().readline()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
print(T().closed, T().readable())
