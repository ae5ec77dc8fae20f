import sys
sys.setrecursionlimit(200000)
def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1
print(down(100000))

class Node:
    def __init__(self, n):
        self.child = Node(n - 1) if n else None
def depth(node):
    return 0 if node is None else 1 + depth(node.child)
print(depth(Node(20000)))

def gen(n):
    if n:
        yield from gen(n - 1)
    yield n
print(sum(gen(5000)))
