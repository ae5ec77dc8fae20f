def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e16, 1.5e-7, 123456.789, 1e100, float('inf'), float('nan'), 2.5, 3.5]
for v in vals:
    print(str(v), format(v, ''), format(v, '.2f'), format(v, 'e'), format(v, 'g'), format(v, '.3'), format(v, '10.4g'), '%s %r %.3f %g %e' % (v, v, v, v, v))
print(f'{1.0:}', f'{1e20:,.1f}', f'{0.5:%}', f'{1234.5678:_.2f}', f'{-1.5:+08.2f}', '%5.1f|%-8.3e|%G' % (2.25, 12345.678, 1e-10))
