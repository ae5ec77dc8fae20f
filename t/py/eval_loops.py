for i in range(3):
    pass
else:
    print('for else', i)
for i in range(5):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
n = 0
while n < 5:
    n += 1
    if n % 2:
        continue
    print('even', n)
else:
    print('while else')
total = 0
for a in range(100):
    for b in range(100):
        total += a ^ b
print(total)
it = iter([1, 2, 3])
for x in it:
    print(x, list(it))
d = {'a': 1, 'b': 2}
for k, v in d.items():
    print(k, v)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), [x for x in Countdown(2)])
class Seq:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(list(Seq()))
