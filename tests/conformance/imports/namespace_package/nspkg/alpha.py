NAME = "alpha in a namespace package"
