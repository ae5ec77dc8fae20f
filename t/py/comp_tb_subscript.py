# carets under a subscript inside nested calls
def get(d, k):
    return d["outer"][k]
def run():
    data = {"outer": {"a": 1}}
    return get(data, "a") + get(data, "missing")
run()
