x: int = 1
y: list[str]
z: "forward" = None
obj.attr: int = 2
