counter = 0

def inc():
    global counter
    counter += 1
    return counter

def read():
    return counter

def delete():
    global counter
    del counter
