from importdata.star import *
print(public, also)
try:
    hidden
except NameError as e:
    print(e)
from importdata.star_noall import *
print(visible)
try:
    _invisible
except NameError as e:
    print(e)
