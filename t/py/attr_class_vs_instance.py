class C:
    shared = []
    val = 1
a, b = C(), C()
a.shared.append(1)
a.val = 5
print(b.shared, a.val, b.val, C.val)
del a.val
print(a.val)
C.val = 9
print(a.val, b.val)
class D(C): pass
print(D.val, D().val)
D.val = 3
print(C.val, D.val)
print("val" in C.__dict__, "val" in D.__dict__, "shared" in D.__dict__)
print(C.__dict__["val"], D.__dict__.get("val"))
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
