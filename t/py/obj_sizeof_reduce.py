class P:
    def __init__(self): self.a = 1
p = P()
print(isinstance(object().__sizeof__(), int), p.__sizeof__() > 0, hasattr(p, "__reduce_ex__"))
print(type(P.__reduce_ex__).__name__, type(p.__sizeof__).__name__)
