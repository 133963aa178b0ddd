import sys
loads = getattr(sys, "_noisy_loads", 0) + 1
sys._noisy_loads = loads
print("noisy: body executed, load number", loads)
state = []
