import sys
for arg in [(), (None,), (0,), (7,), ('msg',), (1, 2)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    sys.exit(1, 2, 3)
except TypeError as e:
    print(e)
