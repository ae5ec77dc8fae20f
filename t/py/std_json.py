import json
data = {"b": [1, 2.5, None, True, False], "a": "str\u00e9\n\"q\"", "c": {"x": -1e100, "y": 10**20}, "d": []}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, separators=(',', ':'), ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent='\t'))
print(json.dumps({1: 'int key', 2.5: 'f', True: 'b', None: 'n'}))
print(json.dumps(float('inf')), json.dumps(float('nan')), json.dumps(-0.0), json.dumps(1e-7), json.dumps(0.1))
try:
    json.dumps(float('nan'), allow_nan=False)
except ValueError as e:
    print("ValueError", str(e)[:48])
class X: pass
try:
    json.dumps(X())
except TypeError as e:
    print("TypeError", e)
print(json.dumps(X(), default=lambda o: "X!"))
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps("\U0001f600\x01"), json.dumps("\U0001f600", ensure_ascii=False))
s = '{"a": [1, 2.0, -3e2, "x\\u00e9\\ud83d\\ude00", null, true, false], "b": {}, "c": 1.5E+3, "d": ""}'
print(json.loads(s))
print(json.loads('123'), json.loads('"s"'), json.loads(' [ ] '), json.loads('NaN'), json.loads('-Infinity'))
print(json.loads(b'{"bytes": 1}'), json.loads('{"a":1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5]', parse_float=str), json.loads('[7]', parse_int=float), json.loads('{"a":1,"b":2}', object_pairs_hook=list))
for bad in ['{"a" 1}', '[1,]', '', '{"a":1', '[1] x', "{'a':1}", '[tru]', '"abc', '{"a":1,}', '01']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
try:
    json.loads('\n\n  [1,\n  2')
except ValueError as e:
    print(type(e).__name__, e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(Enc().encode({'s': {3, 1}}), json.dumps({'s': {2}}, cls=Enc))
print(list(json.JSONEncoder(indent=1).iterencode([1, {'k': 2}])))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} rest'))
import io
sio = io.StringIO(); json.dump({'k': [1]}, sio); print(sio.getvalue(), json.load(io.StringIO('[2]')))
print(json.dumps("a\tb\x7f\u2028"), json.dumps(10**30), json.dumps(3.0), json.dumps(1/3))
print(json.dumps({'a': 1, 'b': 2}, indent=0))
from collections import OrderedDict
print(json.loads('{"z": 1, "a": 2}', object_pairs_hook=OrderedDict))
import decimal
print(json.loads('1.10', parse_float=decimal.Decimal))
for bad in ['"\\x"', '"abc\\q"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos)
try:
    json.dumps([float('inf')], allow_nan=False)
except ValueError as e:
    print(e)
import json.decoder, json.scanner, json.encoder
print(json.decoder.scanstring('"abc"', 1), json.encoder.encode_basestring_ascii('é\n'), json.encoder.encode_basestring('é'))
try:
    json.encoder.encode_basestring_ascii(5)
except TypeError as e:
    print(e)
