# Deep linked structures: marking them must not recurse in C.

# a linked list of half a million tuples
node = None
for i in range(500000):
    node = (i, node)
n = 0
total = 0
p = node
while p is not None:
    total += p[0]
    n += 1
    p = p[1]
print("tuple chain:", n, total)

# nested lists, 200000 deep
l = []
for i in range(200000):
    l = [l, i]
depth = 0
while l:
    l = l[0]
    depth += 1
print("list depth:", depth)

# a chain of objects through attributes and dicts
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

head = None
for i in range(100000):
    head = Node(i, {"next": head})
count = 0
while head is not None:
    count += 1
    head = head.next["next"]
print("object chain:", count)

# drop everything and do it again: the memory is reused
node = None
for i in range(500000):
    node = (i, node)
print("again:", node[0])
