class Mod:
    class Inner(Exception): pass
raise Mod.Inner("nested class")
