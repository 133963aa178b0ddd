print("pkg/early: executing")
value = "early value"
