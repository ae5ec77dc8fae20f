def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

data = {'a': [1, 2]}
show(lambda: data['a'][5])
items = [1, 2, 3]
result = items[0] + items[1] + data['b']
