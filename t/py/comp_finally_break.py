# break / continue inside a finally that runs for a return
def g1(x):
    for count in [0, 1]:
        count2 = 0
        while count2 < 20:
            count2 += 10
            try:
                return count + count2
            finally:
                if x:
                    break
    return 'end', count, count2
print(g1(False), 10)
print(g1(True), ('end', 1, 10))

def g2(x):
    for count in [0, 1]:
        for count2 in [10, 20]:
            try:
                return count + count2
            finally:
                if x:
                    break
    return 'end', count, count2
print(g2(False), 10)
print(g2(True), ('end', 1, 10))

def g1(x):
    count = 0
    while count < 100:
        count += 1
        try:
            return count
        finally:
            if x:
                continue
    return 'end', count
print(g1(False), 1)
print(g1(True), ('end', 100))

def g2(x):
    for count in [0, 1]:
        try:
            return count
        finally:
            if x:
                continue
    return 'end', count
print(g2(False), 0)
