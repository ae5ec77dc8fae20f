try:
    1/0
finally:
    print("finally before traceback")
