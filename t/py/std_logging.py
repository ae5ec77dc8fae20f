import logging, io, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s')
logging.debug('debug %d', 1)
logging.info('info %s', 'x')
logging.warning('warn')
logging.error('error %r', {'a': 1})
logging.critical('crit')
log = logging.getLogger('app.sub')
log.info('from %s', log.name)
print(log.parent.name, log.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName('ERROR'), logging.getLevelName(5))
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)s %(funcName)s %(lineno)d %(module)s %(filename)s: %(message)s'))
lg = logging.getLogger('custom')
lg.addHandler(h); lg.setLevel(logging.WARNING); lg.propagate = False
lg.info('hidden'); lg.warning('shown %d', 5)
def f():
    lg.error('in func')
f()
try:
    1 / 0
except ZeroDivisionError:
    lg.exception('oops')
print(buf.getvalue().replace(__file__, 'FILE'), end='')
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('{levelname} {message}', style='{'))
l2 = logging.getLogger('brace'); l2.addHandler(h2); l2.propagate = False; l2.setLevel(1)
l2.info('hi'); l2.log(25, 'custom level')
logging.addLevelName(25, 'NOTICE'); l2.log(25, 'named now')
class F(logging.Filter):
    def filter(self, rec):
        return 'secret' not in rec.getMessage()
l2.addFilter(F()); l2.info('secret thing'); l2.info('public thing')
h3 = logging.StreamHandler(sys.stdout); h3.setFormatter(logging.Formatter('$levelname $message', style='$'))
l3 = logging.getLogger('dollar'); l3.addHandler(h3); l3.propagate = False; l3.warning('dollar style')
la = logging.LoggerAdapter(l3, {'k': 'v'}); la.warning('adapted')
print(logging.getLogger() is logging.root, logging.getLogger('app') is logging.getLogger('app'), lg.isEnabledFor(logging.ERROR), lg.hasHandlers())
rec = logging.makeLogRecord({'msg': 'm %s', 'args': ('a',), 'levelno': 20, 'levelname': 'INFO'})
print(rec.getMessage(), logging.Formatter('%(message)s|%(levelno)d').format(rec))
logging.disable(logging.CRITICAL); logging.error('disabled'); logging.disable(logging.NOTSET)
logging.log(logging.INFO, 'back')
mh = logging.handlers if hasattr(logging, 'handlers') else None
import logging.handlers
mem = logging.handlers.MemoryHandler(10, target=h2); l4 = logging.getLogger('mem'); l4.addHandler(mem); l4.propagate = False
l4.warning('buffered'); print('before flush'); mem.flush()
logging.warning('with %(name)s', {'name': 'dict arg'})
logging.captureWarnings(True)
import warnings; warnings.warn('captured warning')
logging.shutdown()
