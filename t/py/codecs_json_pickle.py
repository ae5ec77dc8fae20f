import cpylib
import codecs
print(codecs.lookup('UTF-8').name, codecs.lookup('latin1').name, codecs.encode('hé', 'utf-8'), codecs.decode(b'h\xc3\xa9', 'utf-8'))
print(codecs.escape_encode(b"a\n'\\\x00"), codecs.escape_decode(b'a\\n\\x41'))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'h\xc3')), repr(d.decode(b'\xa9!', final=True)))
print(codecs.encode('abc€', 'cp1252'), codecs.decode(b'\x80\x9f', 'cp1252', 'replace'), codecs.encode('é', 'cp850'))
print(codecs.utf_16_decode(b'\xff\xfeh\x00i\x00'), codecs.lookup_error('strict') is codecs.strict_errors)
try:
    codecs.lookup('nope')
except LookupError as e:
    print('LookupError', e)
import json
s = json.dumps({'a': [1, 2.5, None, True], 'b': 'x\u00e9"'}, sort_keys=True)
print(s, json.loads(s), json.dumps([1, {'k': 'v'}], indent=2))
print(json.loads('{"x": [1, 2, {"y": "\\u00e9\\n"}], "z": 1e3, "w": -0.5}'))
import pickle
data = {'a': [1, 2, (3, 4)], 'b': 'str', 'c': b'bytes', 'd': 1.5, 'e': None, 'f': {1, 2}}
for proto in range(0, 6):
    print(proto, pickle.loads(pickle.dumps(data, proto)) == data)
import locale
print(locale.getpreferredencoding(False) in ('UTF-8', 'utf-8', 'ANSI_X3.4-1968'), locale.normalize('en_US'))
