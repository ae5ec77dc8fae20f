# implicit concatenation, triple quotes, mixed quotes
s = 'a' "b" '''c''' """d"""
print(s)
t = ('one '
     'two '
     "three")
print(t)
print(b'x' b"y", len(b'ab' b'cd'))
doc = """first line
    second 'quoted' line
third "double" line"""
print(doc)
print('''it's''', """say "hi" """)
print(f'{1}' 'plain' f"{2}", 'x' f'{"y"}')
empty = '' "" '''''' """"""
print(repr(empty), len(''''''))
print("""\
no leading newline""")
