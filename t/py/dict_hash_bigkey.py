class StrSub(str): pass
class Key3:
    def __hash__(self): return hash('key3')
    def __eq__(self, other): return isinstance(other, Key3) or other == 'key3'
for k in (StrSub('key3'), Key3()):
    d = {'key1': 42, 'key2': 43, k: 44}
    print(d.get('key3'), d.get(k), 'key3' in d, d['key3'] if 'key3' in d else None)
    d = {'key1': 42, k: 44}
    print(d.get('key3'))
    d = {k: 44}
    print(d.get('key3'))
class Big:
    def __hash__(self): return 2**70
class Neg:
    def __hash__(self): return -1
class Wide:
    def __hash__(self): return 8659175501104982106
print(hash(Big()), hash(Neg()), hash(Wide()))
