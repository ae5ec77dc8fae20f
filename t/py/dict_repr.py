d = {}
d['self'] = d
print(d)
d2 = {'a': [d]}
print(d2)
l = [1]
d3 = {'l': l}
l.append(d3)
print(d3, l)
print({1: 'a', 'b': 2.5, None: (1,), (1, 2): [3], 2.0: {3: 4}, True: False, -1: ''})
print({'q': "it's", 'w': 'say "hi"', 'e': 'a\nb', 'r': '\t'})
print(repr({}), str({}), repr({1: {}}), {(): ()})
class R:
    def __repr__(self): return '<R>'
print({R(): R()} if False else {1: R()}, {'x': [R(), (R(),)]})
