print("pkg/lazy: executing")
