# a line continuation at the very end of the source: unexpected EOF
for src in ['\\', 'x = 1 + \\', 'x = 1 + \\\n', '\\\n']:
    try: compile(src, '<s>', 'exec')
    except SyntaxError as e: print(repr(src), e.msg, e.lineno, e.offset)
