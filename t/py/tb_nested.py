def level3(d):
    return d['missing']

def level2(d):
    value = level3(d)
    return value

def level1():
    return level2({'present': 1})

level1()
