def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ('1', '1j', '-1j', 'j', '+j', '-j', '1+2j', '1-2j', '(1+2j)', ' ( 1+2j ) ', '1.5e3-2.5e-3j', 'inf+nanj', '-infj', 'nan',
          '1_0+2_0j', '1e1_0j', '  3  ', '1J', '(j)', '.5j', '5.-.5j', '+1.0-0j', '-0-0j', '1+1j ', '\u3000 2j'):
    t(lambda: complex(s))
for s in ('', ' ', '1+', '1+2', 'j1', '1+2jj', '1 + 2j', '(1+2j', '1+2j)', '()', 'x', '1e', '1__0j', '++1j', '1+-2j', 'jj', '1j+2', 'i'):
    t(lambda: complex(s))
