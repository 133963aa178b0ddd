NAME = "sibling name"
