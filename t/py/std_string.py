import string
from string import Template, Formatter, capwords
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(capwords('hello  world  foo'), capwords('a-b-c', '-'), capwords(' lead trail '))
t = Template('$who likes ${what}s; $$ sign')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
try:
    t.substitute(who='x')
except KeyError as e:
    print("KeyError", e)
try:
    Template('$ bad').substitute()
except ValueError as e:
    print("ValueError", e)
print(t.get_identifiers() if hasattr(t, 'get_identifiers') else '', t.is_valid() if hasattr(t, 'is_valid') else '')
class MyT(Template):
    delimiter = '%'
print(MyT('%x and %{y}').substitute(x=1, y=2))
f = Formatter()
print(f.format('{0} {name!r} {1:>5} {x[0]} {o.real}', 'a', 'b', name='n', x=[9], o=3j))
print(list(f.parse('a{0}b{x!r:>3}c{{d}}')))
class UpperF(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
print(UpperF().format('{} {:x}', 'abc', 255))
print(f.vformat('{a}-{b}', (), {'a': 1, 'b': 2}), f.get_field('0.real', (5,), {}))
import _string
print(list(_string.formatter_parser('x{a.b[0]:^4}y')), _string.formatter_field_name_split('a.b[0]')[0], list(_string.formatter_field_name_split('a.b[0]')[1]))
print(list(_string.formatter_parser('{!s}')), list(_string.formatter_parser('}}')))
try:
    list(_string.formatter_parser('{'))
except ValueError as e:
    print(e)
