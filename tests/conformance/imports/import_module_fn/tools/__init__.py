print("tools package initialised")
