import cpylib
import hmac, hashlib, operator
print(hmac.new(b'key', b'msg', hashlib.sha256).hexdigest(), hmac.compare_digest(b'ab', b'ab'), hmac.compare_digest('a', 'b'))
print(hmac.digest(b'key', b'msg', 'sha1').hex(), operator.add(1, 2), operator.itemgetter(1)('ab'), operator.attrgetter('real')(3))
