P = "/tmp/pyvm_t_file_enc.txt"
for enc in ["utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1", "ascii", "utf-8"]:
    with open(P, "w", encoding=enc, errors="replace") as f:
        f.write("héllo\n")
        f.write("wörld€\n")
    with open(P, "rb") as f:
        print(enc, f.read())
    if enc in ("utf-8-sig", "latin-1", "ascii", "utf-8"):
        with open(P, encoding=enc) as f:
            print(repr(f.read()))
        with open(P, encoding=enc) as f:
            print(f.readlines(), f.tell() > 0)
with open(P, "w", encoding="utf-8", newline="\r\n") as f:
    f.write("a\nb\n")
with open(P, "rb") as f:
    print(f.read())
with open(P, "wb") as f:
    f.write(b"\xef\xbb\xbfBOM\n")
with open(P, encoding="utf-8") as f:
    print(ascii(f.read()))
with open(P, encoding="utf-8-sig") as f:
    print(ascii(f.read(2)), ascii(f.read()))
