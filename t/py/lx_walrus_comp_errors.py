# := in a comprehension iterable, and inner loops rebinding a := target: SyntaxError
for code in ["[i for i in (i := range(5))]", "[i for i in (lambda:(j := range(5)))()]",
             "[i for i in [j for j in range(5) if (j := True)]]",
             "[i for i in range(5) for j in (i := range(5))]",
             "[i for i in range(5) if (j := 0) for j in range(5)]",
             "[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]",
             "{i: (j := i) for i in range(3)}", "[(k := i) for i in range(3) if (m := i)]"]:
    for wrap in ["%s", "lambda: %s"]:
        try:
            exec(wrap % code, {})
            print("ok", wrap % code)
        except SyntaxError as e:
            print(e.msg, e.offset)
