# a global statement in a nested function makes the module-level name
# explicitly global (visible when exec() gets separate globals and locals)
g, l = {}, {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    gg, hh = f()
    r9 = gg()
    r2 = hh()
    z = 5
""", g, l)
print(g["y"], l["r9"], l["r2"], "y" in l, l["z"], "z" in g)
