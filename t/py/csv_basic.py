import cpylib
import csv, io
data = 'a,b,c\r\n1,"x,y",3\r\n"he said ""hi""",,\r\n"multi\nline",2,3\r\n\r\n  sp, q ,"z"\r\n'
for row in csv.reader(io.StringIO(data, newline='')):
    print(row)
r = csv.reader(['a;b', '"c;d";e'], delimiter=';'); print(list(r), r.line_num)
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)), list(csv.reader(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)) if False else '')
print(list(csv.reader(['a\\,b,c'], escapechar='\\')), list(csv.reader(['a,"b'])))
out = io.StringIO()
w = csv.writer(out)
w.writerow(['a', 'b,c', 'd"e', None, 1.5, 2, 'line\nbreak'])
w.writerow([''])
w.writerows([[1, 2], ['x']])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator='\n'); w.writerow(['a', 1]); print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC); w.writerow(['a', 1, 2.5]); print(repr(out.getvalue()))
print(list(csv.reader(['"a",1,2.5'], quoting=csv.QUOTE_NONNUMERIC)))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\'); w.writerow(['a,b', 'c']); print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['x', 'y']); dw.writeheader(); dw.writerow({'x': 1, 'y': 2}); print(repr(out.getvalue()))
print(list(csv.DictReader(io.StringIO('x,y\n1,2\n3,4\n'))))
csv.register_dialect('pipes', delimiter='|'); print(list(csv.reader(['a|b'], 'pipes')), csv.list_dialects()[:3], csv.get_dialect('pipes').delimiter)
print(csv.Sniffer().sniff('a;b;c\n1;2;3\n').delimiter, csv.field_size_limit())
for bad in [lambda: csv.writer(io.StringIO(), delimiter='ab'), lambda: list(csv.reader(['a"b,c'], strict=True)), lambda: csv.get_dialect('nope'),
            lambda: list(csv.reader(['"a"b'], strict=True)), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
