for f in [lambda: "".join(), lambda: "".partition(), lambda: "".zfill(), lambda: "".translate(), lambda: "".removeprefix(), lambda: "".format_map(), lambda: "".lower(1), lambda: "".isalpha(2), lambda: "".count(), lambda: "".find(1,2,3,4), lambda: "".center(), lambda: "".strip(1,2), lambda: "".split(1,2,3), lambda: "".encode(1,2,3), lambda: "".splitlines(1,2), lambda: "".replace(), lambda: "".expandtabs(1,2), lambda: "".startswith(), lambda: "".ljust(1,2,3)]:
    try: f()
    except TypeError as e: print(e)
