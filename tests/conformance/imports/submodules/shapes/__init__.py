print("shapes: package init")
from .circle import area as circle_area
