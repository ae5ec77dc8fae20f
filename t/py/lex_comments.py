# comments everywhere
x = [1,  # first
     # a whole comment line inside brackets
     2]  # trailing
# comment at column 0
    # indented comment line is ignored
def f():
    # comment before the body
    return 1  # after
        # over-indented comment

print(x, f())  # done
s = "# not a comment"
print(s)
if x:  # comment after colon
    pass
#
print("end")  # no newline at end of file follows
