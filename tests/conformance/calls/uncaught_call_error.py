# check: stderr
# Uncaught TypeError from a bad call, raised two frames deep; the traceback marks the call.
def connect(host, port, *, timeout=10):
    return f'{host}:{port} (timeout {timeout})'

def open_session(config):
    return connect(**config)

print(connect('example.org', 80))
print(open_session({'host': 'h', 'port': 1}))
try:
    open_session({'host': 'h'})
except TypeError as e:
    print('caught:', e)
try:
    connect('h', 1, 2)
except TypeError as e:
    print('caught:', e)
try:
    connect('h', 1, timout=5)
except TypeError as e:
    print('caught:', e)

def main():
    settings = {'host': 'h', 'port': 2, 'retries': 3}
    return open_session(settings)

main()
