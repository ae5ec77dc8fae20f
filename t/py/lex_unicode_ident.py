# non-ASCII identifiers and strings (UTF-8 source)
café = 3
π = 3.14159
数 = "中文"
Ωmega_2 = café * 2
print(café, π, 数, Ωmega_2)
def grüße(name):
    return f"Grüße, {name}!"
print(grüße("Zoë"))
class Ünïcode:
    ñ = "enye"
print(Ünïcode.ñ, len("日本語"), "日本語"[1], "é".upper())
print({"ключ": "значение"}["ключ"])
