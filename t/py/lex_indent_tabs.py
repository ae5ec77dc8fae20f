# indentation with tabs, spaces, continuation lines and brackets
if True:
	x = 1
	if x:
		y = 2
	else:
	    y = 3
print(x, y)
def f(a,
        b,
   c):
    return (a +
  b +
            c)
print(f(1,
2, 3))
z = [
    1,
      2,
        3,
]
print(z)
if 1: print("one-liner"); print("second")
class K: pass
while False: pass
for i in range(2): print(i)
total = 1 + \
    2 + \
        3
print(total)
