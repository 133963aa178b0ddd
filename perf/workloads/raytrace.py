# name: raytrace
# tags: numeric, float, oop
# size: a 160x120 image of 5 spheres on a checkered plane, 2 lights, shadows, reflections up to depth 3
# description: Whitted-style ray tracer: a Vector class with dunder operators, virtual intersect/normal methods, float maths.
# result: how many rays were cast and a checksum of the 8-bit pixel colours

import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Color(self.r + o.r, self.g + o.g, self.b + o.b)

    def __mul__(self, o):
        if isinstance(o, Color):
            return Color(self.r * o.r, self.g * o.g, self.b * o.b)
        return Color(self.r * o, self.g * o, self.b * o)

    def to_bytes(self):
        return tuple(min(255, max(0, int(c * 255.0 + 0.5))) for c in (self.r, self.g, self.b))


BLACK = Color(0.0, 0.0, 0.0)
EPSILON = 1e-6


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.4, shininess=4, reflection=0.0):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess  # an exponent of two: phong term squared this many times
        self.reflection = reflection

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, size, **kw):
        super().__init__(a, **kw)
        self.other = b
        self.size = size

    def color_at(self, point):
        cell = math.floor(point.x / self.size) + math.floor(point.z / self.size)
        return self.color if cell % 2 == 0 else self.other


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center = center
        self.radius = radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.center).unit()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.unit()

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self, shapes, lights, ambient):
        self.shapes = shapes
        self.lights = lights
        self.ambient = ambient
        self.rays = 0

    def nearest(self, ray):
        self.rays += 1
        best_t = None
        best = None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = shape
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        _, t = self.nearest(Ray(point, to_light * (1.0 / distance)))
        return t is not None and t < distance

    def trace(self, ray, depth):
        shape, t = self.nearest(ray)
        if shape is None:
            # sky: a vertical gradient
            k = 0.5 * (ray.direction.y + 1.0)
            return Color(0.2 + 0.3 * k, 0.3 + 0.4 * k, 0.5 + 0.5 * k)
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal.dot(ray.direction) > 0.0:
            normal = -normal
        m = shape.material
        base = m.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            to_light = (light.position - point).unit()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base * light.color * (lambert * m.diffuse)
            half = (to_light - ray.direction).unit()
            phong = normal.dot(half)
            if phong > 0.0:
                for _ in range(m.shininess):
                    phong *= phong
                color = color + light.color * (phong * m.specular)
        if depth > 0 and m.reflection > 0.0:
            reflected = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(reflected, depth - 1) * m.reflection
        return color


class Camera:
    def __init__(self, eye, look_at, up, half_width, width, height):
        self.eye = eye
        self.width = width
        self.height = height
        forward = (look_at - eye).unit()
        right = forward.cross(up).unit()
        true_up = right.cross(forward)
        aspect = height / width
        self.forward = forward
        self.right = right * half_width
        self.up = true_up * (half_width * aspect)

    def ray(self, px, py):
        sx = (2.0 * (px + 0.5) / self.width) - 1.0
        sy = 1.0 - (2.0 * (py + 0.5) / self.height)
        direction = (self.forward + self.right * sx + self.up * sy).unit()
        return Ray(self.eye, direction)


def build_scene():
    shapes = [
        Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
              Checker(Color(0.9, 0.9, 0.9), Color(0.15, 0.15, 0.2), 1.0, reflection=0.25)),
        Sphere(Vec(0.0, 1.0, 0.0), 1.0, Material(Color(0.8, 0.2, 0.2), reflection=0.35, shininess=5)),
        Sphere(Vec(-2.2, 0.7, 1.0), 0.7, Material(Color(0.2, 0.7, 0.3), reflection=0.2)),
        Sphere(Vec(2.0, 0.6, 0.8), 0.6, Material(Color(0.2, 0.3, 0.9), reflection=0.5, shininess=6)),
        Sphere(Vec(0.9, 0.3, 2.0), 0.3, Material(Color(0.9, 0.8, 0.1), specular=0.8)),
        Sphere(Vec(-0.8, 2.6, -1.5), 0.6, Material(Color(0.7, 0.7, 0.7), reflection=0.7, shininess=7)),
    ]
    lights = [
        Light(Vec(-4.0, 6.0, 5.0), Color(0.8, 0.8, 0.8)),
        Light(Vec(5.0, 4.0, 3.0), Color(0.4, 0.35, 0.3)),
    ]
    return Scene(shapes, lights, 0.12)


def render(width, height, depth):
    scene = build_scene()
    camera = Camera(Vec(0.5, 2.2, 7.0), Vec(0.0, 0.8, 0.0), Vec(0.0, 1.0, 0.0), 0.52, width, height)
    checksum = 0
    for py in range(height):
        for px in range(width):
            r, g, b = scene.trace(camera.ray(px, py), depth).to_bytes()
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    return scene.rays, checksum


WIDTH, HEIGHT, DEPTH = 160, 120, 3
rays, checksum = render(WIDTH, HEIGHT, DEPTH)
print(f"raytrace {WIDTH}x{HEIGHT}: rays {rays}, checksum {checksum}")
