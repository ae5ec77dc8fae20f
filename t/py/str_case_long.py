text = "Ünïcödé Straße İstanbul ΣΊΣΥΦΟΣ ǅungla ﬁnance Ⅻ ß ΌΣΟΣ café naïve Ωmega ǈ ŉ ǰ ẞ"
print(text.lower())
print(text.upper())
print(text.casefold())
print(text.title())
print(text.swapcase())
print(text.capitalize())
print(len(text.upper()), len(text.lower()), len(text.casefold()))
cyr = "Привет Мир ёЁ"
print(cyr.upper(), cyr.lower(), cyr.title(), cyr.swapcase(), cyr.isupper(), cyr.istitle())
greek = "ὈΔΥΣΣΕΎΣ ὀδυσσεύς"
print(greek.lower(), greek.upper(), greek.title())
arm = "և ﬓ"
print(arm.upper(), arm.title(), arm.casefold())
print("ΑΣ ΑΣ. Σ ΣΑ aΣb Σ\u0301".lower())
