# Live data survives many collections while garbage is churned around it.
table = {}
for i in range(50000):
    table["k" + str(i)] = [i, str(i), (i, i * 2), {"v": i}]

junk = 0
for round in range(20):
    garbage = [str(j) * 3 for j in range(20000)]
    junk += len(garbage)
    for i in range(0, 50000, 997):
        e = table["k" + str(i)]
        assert e[0] == i and e[1] == str(i) and e[2] == (i, i * 2) and e[3]["v"] == i, i

check = 0
for k, e in table.items():
    check += e[0] + len(e[1]) + e[2][1] + e[3]["v"]
print(len(table), junk, check)
print(table["k12345"])
