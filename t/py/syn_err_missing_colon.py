print("before")
if x == 1
    print("no colon")
