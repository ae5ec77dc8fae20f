import vec
print("dot:", vec.dot([1, 2, 3], (4.0, 5.0, 6.0)))
print("scaled:", vec.scaled(range(4), 0.5))
try:
    vec.dot([1], [])
except ValueError as e:
    print("ValueError:", e)
