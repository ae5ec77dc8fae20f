five = 5
tests = ["1 + 'a'", "'a' + 1", "[1] + (2,)", "(1,) + [2]", "b'a' + 1", "1 - 'a'", "[] * 1.5",
         "1.5 * 'ab'", "{} | 1", "1 @ 2", "None + None", "1 ** 'a'", "pow(1, 'a', 3)", "-'a'", "~1.5", "+[]",
         "1 < 'a'", "[] <= {}", "None > None", "'a' >= 1", "len(5)", "five[0]", "iter(5)", "five()",
         "next(5)", "del_helper()", "(1).__index__('x')", "abs('a')", "hash([])", "{[]: 1}"]
def del_helper():
    x = 5
    del x[0]
for t in tests:
    try:
        eval(t)
        print("no error", t)
    except TypeError as e:
        print(t, "->", e)
x = 5
try:
    x[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
