# -*- coding: latin-1 -*-
x = "é"
print(x, len(x))
