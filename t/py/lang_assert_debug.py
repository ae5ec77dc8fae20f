print(__debug__)
try:
    assert 1 == 2, "msg %d" % 3
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
assert True, never_evaluated
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
