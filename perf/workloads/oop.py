# name: oop
# tags: oop, dunder, allocation
# size: 70 simulated days of a shop: 1500 items in a 4-level class hierarchy, 262500 orders
# description: Class-heavy code: inheritance with super().__init__ chains, properties with setters, dunder operators (+ * == < hash len iter contains getitem), __init_subclass__, many short-lived value objects.
# result: the shop's revenue, stock value and counts after the simulation


class Money:
    """An amount in cents; immutable, hashable, ordered."""

    __slots__ = ("cents",)

    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self  # lets sum() start from 0
        return NotImplemented

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __mul__(self, factor):
        return Money(self.cents * factor // 100 if isinstance(factor, Percent) else self.cents * factor)

    __rmul__ = __mul__

    def __neg__(self):
        return Money(-self.cents)

    def __bool__(self):
        return self.cents != 0

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __le__(self, other):
        return self.cents <= other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d}"


class Percent(int):
    """An int that Money.__mul__ treats as a percentage."""


class Entity:
    registry = {}
    created = 0

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        Entity.registry[cls.kind] = cls

    def __init__(self, ident):
        self.ident = ident
        Entity.created += 1

    def __eq__(self, other):
        return type(self) is type(other) and self.ident == other.ident

    def __hash__(self):
        return hash((self.kind, self.ident))


class Item(Entity, kind="item"):
    def __init__(self, ident, name, price, stock):
        super().__init__(ident)
        self.name = name
        self.price = price
        self.stock = stock

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value.cents <= 0:
            raise ValueError("price must be positive")
        self._price = value

    @property
    def stock_value(self):
        return self.price * self.stock

    def sell(self, quantity, day):
        sold = min(quantity, self.stock)
        self.stock -= sold
        return self.price * sold

    def restock(self, quantity):
        self.stock += quantity

    def __lt__(self, other):
        return (self.price, self.ident) < (other.price, other.ident)


class Perishable(Item, kind="fresh"):
    def __init__(self, ident, name, price, stock, shelf_days):
        super().__init__(ident, name, price, stock)
        self.shelf_days = shelf_days

    @property
    def price(self):
        return super().price

    @price.setter
    def price(self, value):
        Item.price.fset(self, value)

    def sell(self, quantity, day):
        if day % self.shelf_days == 0:
            self.stock = self.stock // 2  # half of it spoiled
        return super().sell(quantity, day)


class Discounted(Perishable, kind="discounted"):
    def __init__(self, ident, name, price, stock, shelf_days, percent):
        super().__init__(ident, name, price, stock, shelf_days)
        self.percent = Percent(percent)

    @property
    def price(self):
        return super().price * self.percent

    @price.setter
    def price(self, value):
        Item.price.fset(self, value)


class Bundle(Item, kind="bundle"):
    def __init__(self, ident, name, parts, stock):
        self.parts = list(parts)
        super().__init__(ident, name, sum(p.price for p in self.parts) * Percent(90), stock)

    def __len__(self):
        return len(self.parts)

    def __iter__(self):
        return iter(self.parts)

    def __contains__(self, item):
        return item in self.parts

    def __getitem__(self, i):
        return self.parts[i]


class Order:
    __slots__ = ("item", "quantity")

    def __init__(self, item, quantity):
        self.item = item
        self.quantity = quantity


class Shop:
    def __init__(self, items):
        self.items = {item.ident: item for item in items}
        self.revenue = Money(0)
        self.sales = {}

    def __getitem__(self, ident):
        return self.items[ident]

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items.values())

    def process(self, order, day):
        earned = order.item.sell(order.quantity, day)
        if earned:
            self.revenue = self.revenue + earned
            self.sales[order.item] = self.sales.get(order.item, 0) + order.quantity


def build_items(count):
    items = []
    for i in range(count):
        price = Money(100 + (i * 37) % 5000)
        kind = i % 7
        if kind < 3:
            items.append(Item(i, f"item{i}", price, 50 + i % 30))
        elif kind < 5:
            items.append(Perishable(i, f"fresh{i}", price, 80, 2 + i % 5))
        elif kind == 5:
            items.append(Discounted(i, f"sale{i}", price, 60, 3 + i % 4, 50 + i % 40))
        else:
            parts = [items[(i * 13 + k * 7) % len(items)] for k in range(3)]
            items.append(Bundle(i, f"bundle{i}", parts, 20))
    return items


def main(item_count, days, orders_per_day):
    items = build_items(item_count)
    shop = Shop(items)
    for day in range(1, days + 1):
        for k in range(orders_per_day):
            ident = (day * 7919 + k * 104729) % len(shop)
            shop.process(Order(shop[ident], 1 + (k + day) % 4), day)
        for item in shop:
            if item.stock < 5:
                item.restock(40)
            if day % 10 == 0 and not isinstance(item, Bundle):
                item.price = item.price + Money(1)
    stock_value = sum(item.stock_value for item in shop)
    cheapest = min(shop)
    best = max(shop.sales, key=lambda item: (shop.sales[item], item.ident))
    in_bundles = sum(1 for b in shop if isinstance(b, Bundle) for part in b if part in b)
    distinct_prices = len({item.price for item in shop})
    kinds = ",".join(f"{kind}={sum(1 for i in shop if i.kind == kind)}" for kind in sorted(Entity.registry))
    return shop.revenue, stock_value, cheapest.ident, best.ident, in_bundles, distinct_prices, kinds, Entity.created


ITEMS, DAYS, ORDERS = 1500, 70, 3750
revenue, stock, cheapest, best, in_bundles, prices, kinds, created = main(ITEMS, DAYS, ORDERS)
print(f"oop {ITEMS}x{DAYS}: revenue {revenue!r}, stock value {stock!r}, cheapest {cheapest}, best {best},"
      f" bundle parts {in_bundles}, distinct prices {prices}, {kinds}, entities {created}")
