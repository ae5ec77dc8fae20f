name = 'world'
n = 42
f = 3.14159
print(f'hello {name}!', f'{n:5d}|{n:<5}|{n:^7}|', f'{f:.2f}', f'{name!r}', f'{n!s:>4}')
print(f'{n:#x} {n:08b} {1234567:,}', f'{"nested"}', f'{{braces}}')
width = 8
print(f'{name:>{width}}', f'{n=}', f'{f*2:.1f}')
print(f'{[1, 2]!a}', f"{'é'!a}")
class W:
    def __format__(self, spec):
        return 'W<' + spec + '>'
print(f'{W():abc}', format(W(), 'x'))
