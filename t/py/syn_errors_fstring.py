# errors inside f-strings and string literals
cases = [
    "f'{}'", "f'{x!z}'", "f'{x'", "f'}'", "f'{a\\\\n}'", "f'{#}'", "f'{x:{y:{z}}}'",
    "'\\x1'", "b'\\x1'", "'\\u12'", "'a' b'b'", "b'\xe9'", "f'{a b}'", "f'{ }'",
    "f'{x!}'", "'\\N{NO SUCH NAME}'", "f'{x=!r:>5}'", "f'{3!r}'",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno)
