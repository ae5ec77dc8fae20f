# Attribute access on instances: loads, stores, method calls, creation.
class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def scale(self, k):
        self.x *= k
        self.y *= k
        self.z *= k


class Particle:
    def __init__(self, i):
        self.pos = Vec(i, i + 1, i + 2)
        self.vel = Vec(1, 0, -1)
        self.mass = i % 7 + 1
        self.alive = True
        self.name = "p"

    def step(self):
        p, v = self.pos, self.vel
        p.x += v.x
        p.y += v.y
        p.z += v.z
        return self.mass * p.dot(v)


def run(n, steps):
    ps = [Particle(i) for i in range(n)]
    total = 0
    for _ in range(steps):
        for p in ps:
            if p.alive:
                total += p.step()
    for p in ps:
        p.vel.scale(2)
        total += p.vel.x + p.pos.y
    return total


print(run(2000, 600))
