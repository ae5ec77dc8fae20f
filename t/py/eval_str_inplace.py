def build(n):
    s = ''
    for i in range(n):
        s += 'ab'
    return s
print(len(build(200000)))
def alias():
    s = 'x'
    s += 'y'
    t = s
    s += 'z'
    u = s
    s += 'w'
    return s, t, u
print(alias())
def loc():
    s = ''
    for i in range(3):
        s += str(i)
        d = locals()
        s += '-'
    return s, d['s']
print(loc())
def same():
    s = 'a'
    s += s
    s += s
    return s
print(same())
def gen():
    s = ''
    for c in 'abc':
        s += c
        yield s
print(list(gen()))
