def attempt(code):
    try:
        exec(code, {'__name__': 'nopkg'})
        print('ok:', code)
    except ImportError as e:
        msg = str(e)
        if ' (/' in msg:
            msg = msg[:msg.index(' (/')] + ' (PATH)'
        print(type(e).__name__, '|', msg, '|', e.name)
attempt('import nosuchmodule')
attempt('import importdata.nosuch')
attempt('from importdata.pkg import nosuchname')
attempt('from importdata import nosuchsub')
attempt('import importdata.star.deeper')
attempt('from sys import nosuch')
attempt('from . import x')
try:
    import importdata.raises
except ValueError as e:
    print('ValueError', e)
import sys
print('importdata.raises' in sys.modules)
attempt('from importdata import circ_bad_a')
