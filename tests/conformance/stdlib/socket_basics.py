# socket: socketpair, a localhost TCP echo server in a thread, UDP, AF_UNIX paths, timeouts and
# blocking modes, getaddrinfo of numeric and local names, the inet_* and byte-order functions,
# and error cases with CPython's messages. No port or descriptor number is printed.
import os
import selectors
import socket
import tempfile
import threading


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# socketpair: connected AF_UNIX stream sockets
a, b = socket.socketpair()
print(a.family, a.type, a.proto, repr(a.getsockname()), repr(a.getpeername()))
print(a.gettimeout(), a.getblocking(), a.timeout)
a.sendall(b'hello')
print(b.recv(10))
print(a.send(memoryview(b'view data')), b.recv(100))
buf = bytearray(8)
a.send(b'into')
print(b.recv_into(buf), buf)
a.send(b'abcdef')
print(b.recv_into(buf, 3), buf, b.recv(3))

# blocking modes and timeouts
b.setblocking(False)
print(b.gettimeout(), b.getblocking(), os.get_blocking(b.fileno()))
attempt('nonblocking recv', lambda: b.recv(1))
b.settimeout(0.01)
print(b.gettimeout(), b.getblocking(), os.get_blocking(b.fileno()))
try:
    b.recv(1)
except TimeoutError as e:
    print('timeout', type(e).__name__, e.args, e.errno, isinstance(e, socket.timeout))
b.settimeout(None)
print(b.gettimeout(), b.getblocking(), os.get_blocking(b.fileno()))
b.setblocking(True)
print(b.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), b.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4))
a.shutdown(socket.SHUT_WR)
print(b.recv(10))

# detach, socket(fileno=...), dup, close
fd = a.detach()
print(a.fileno(), fd >= 0, a._closed)
c = socket.socket(fileno=fd)
print(c.family, c.type, c.proto)
d = c.dup()
print(d.fileno() != c.fileno(), d.family)
for s in (b, c, d):
    s.close()
print(c.fileno(), repr(c))
attempt('closed recv', lambda: c.recv(1))
c.close()

# default timeout
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout(), os.get_blocking(s.fileno()))
s.close()
socket.setdefaulttimeout(None)
print(socket.getdefaulttimeout())

# TCP echo server on localhost, served by a thread
srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
print(srv.family, srv.type, srv.getsockname()[0], 0 < port < 65536)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)


server_log = []


def serve():
    conn, addr = srv.accept()
    with conn:
        server_log.append(('peer host', addr[0], conn.gettimeout()))
        while data := conn.recv(1024):
            conn.sendall(data.upper())


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(('localhost', port), timeout=5) as cl:
    print(cl.gettimeout(), cl.getpeername() == ('127.0.0.1', port))
    cl.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print(cl.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
    cl.sendall(b'hello world')
    got = b''
    while len(got) < 11:
        got += cl.recv(1024)
    print(got)
    f = cl.makefile('rwb')
    f.write(b'line one\nline two\n')
    f.flush()
    print(f.readline(), f.readline())
    f.close()
    cl.shutdown(socket.SHUT_WR)
    print(cl.recv(10))
t.join()
print(server_log)
srv.close()
attempt('refused', lambda: socket.create_connection(('127.0.0.1', port)))
with socket.socket() as s:
    print(s.connect_ex(('127.0.0.1', port)))

# selectors over sockets
a, b = socket.socketpair()
with selectors.DefaultSelector() as sel:
    sel.register(a, selectors.EVENT_READ, 'a')
    print(sel.select(0))
    b.send(b'x')
    print([(k.data, ev) for k, ev in sel.select(1)])
a.close()
b.close()

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2.bind(('127.0.0.1', 0))
print(u1.type, u1.sendto(b'dgram', u2.getsockname()))
data, addr = u2.recvfrom(100)
print(data, addr == u1.getsockname())
buf = bytearray(10)
u2.sendto(b'into', 0, u1.getsockname())
n, addr = u1.recvfrom_into(buf)
print(n, buf, addr == u2.getsockname())
u1.close()
u2.close()

# AF_UNIX with a path
path = os.path.join(tempfile.mkdtemp(), 'sock')
with socket.socket(socket.AF_UNIX) as us:
    us.bind(path)
    us.listen()
    print(us.getsockname() == path)
    with socket.socket(socket.AF_UNIX) as uc:
        uc.connect(path)
        conn, addr = us.accept()
        print(repr(addr), uc.getpeername() == path)
        conn.send(b'unix')
        print(uc.recv(4))
        conn.close()
os.unlink(path)
os.rmdir(os.path.dirname(path))

# names and addresses
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('localhost', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo('::1', 443, socket.AF_INET6, socket.SOCK_STREAM))
print(socket.gethostbyname('localhost'), socket.gethostbyname('10.1.2.3'))
print('127.0.0.1' in socket.gethostbyname_ex('localhost')[2], socket.gethostbyname_ex('127.0.0.1'))
print(socket.gethostbyaddr('127.0.0.1')[2], type(socket.getfqdn('127.0.0.1')).__name__)
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(type(socket.gethostname()).__name__)
print(socket.inet_aton('1.2.3.4'), socket.inet_aton('127.1'), socket.inet_ntoa(b'\x7f\x00\x00\x01'))
print(socket.inet_pton(socket.AF_INET6, '2001:db8::1'), socket.inet_ntop(socket.AF_INET6, bytes(15) + b'\x01'))
print(socket.inet_ntop(socket.AF_INET, socket.inet_pton(socket.AF_INET, '192.168.0.1')))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.AF_INET, socket.SOCK_STREAM, socket.AF_UNIX.value, socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.timeout is TimeoutError, socket.error is OSError, issubclass(socket.gaierror, OSError), socket.gaierror.__module__, socket.herror.__name__)

# errors
pair = socket.socketpair()
for label, f in [
    ('settimeout -1', lambda: pair[0].settimeout(-1)),
    ('settimeout str', lambda: pair[0].settimeout('x')),
    ('recv -1', lambda: pair[0].recv(-1)),
    ('recv_into small', lambda: pair[0].recv_into(bytearray(2), 5)),
    ('send str', lambda: pair[0].send('str')),
    ('unix bind tuple', lambda: pair[0].bind(('x', 1))),
    ('inet_aton', lambda: socket.inet_aton('x')),
    ('inet_aton bytes', lambda: socket.inet_aton(b'1.2.3.4')),
    ('inet_pton', lambda: socket.inet_pton(socket.AF_INET, 'x')),
    ('inet_pton family', lambda: socket.inet_pton(99, '1')),
    ('inet_ntoa', lambda: socket.inet_ntoa(b'123')),
    ('inet_ntop', lambda: socket.inet_ntop(socket.AF_INET, b'1')),
    ('inet_ntop family', lambda: socket.inet_ntop(99, b'1234')),
    ('gaierror', lambda: socket.getaddrinfo('not-a-number', 80, flags=socket.AI_NUMERICHOST)),
    ('bad type', lambda: socket.socket(socket.AF_INET, 999)),
    ('inet bind str', lambda: socket.socket().bind('x')),
    ('bad port', lambda: socket.socket().bind(('', 70000))),
    ('inet6 short', lambda: socket.socket(socket.AF_INET6).bind(('::1',))),
    ('htons -1', lambda: socket.htons(-1)),
    ('htons big', lambda: socket.htons(70000)),
    ('htonl big', lambda: socket.htonl(2 ** 32)),
    ('negative fileno', lambda: socket.socket(fileno=-5)),
    ('getpeername', lambda: socket.socket().getpeername()),
    ('setsockopt', lambda: pair[0].setsockopt(socket.SOL_SOCKET, 9999, 1)),
    ('unconnected recv', lambda: socket.socket().recv(1)),
    ('gethostbyname_ex int', lambda: socket.gethostbyname_ex(5)),
    ('gethostbyaddr int', lambda: socket.gethostbyaddr(5)),
    ('getsockopt buflen', lambda: pair[0].getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 5000)),
]:
    attempt(label, f)
for s in pair:
    s.close()
