# select.epoll and select.poll over sockets: register/modify/unregister, poll with timeouts and
# maxevents, closed-object errors, the context manager; selectors.DefaultSelector is EpollSelector.
import select
import selectors
import socket


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


a, b = socket.socketpair()
e = select.epoll()
print(e.closed, type(e).__module__, [k for k in dir(select) if k.startswith('EPOLL')])
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLEXCLUSIVE, select.EPOLLONESHOT, select.EPOLL_CLOEXEC)
e.register(a)
print(e.poll(0) == [(a.fileno(), select.EPOLLOUT)])
attempt('register twice', lambda: e.register(a))
attempt('unregister unknown', lambda: e.unregister(b))
attempt('modify unknown', lambda: e.modify(b, select.EPOLLIN))
attempt('maxevents 0', lambda: e.poll(0, 0))
attempt('timeout str', lambda: e.poll('x'))
attempt('negative fd', lambda: e.register(-1))
attempt('sizehint', lambda: select.epoll(-5))
attempt('no fileno', lambda: e.register(object()))
e.modify(a, select.EPOLLIN)
print(e.poll(0.01))
b.send(b'x')
print(e.poll(1) == [(a.fileno(), select.EPOLLIN)], e.poll(-1, 1) == [(a.fileno(), select.EPOLLIN)])
a.recv(1)
e.unregister(a)
print(e.poll(0))
e.close()
e.close()
print(e.closed)
attempt('closed poll', lambda: e.poll(0))
attempt('closed fileno', lambda: e.fileno())
attempt('closed register', lambda: e.register(a))
with select.epoll() as e2:
    print(e2.closed, e2.fileno() >= 0)
print(e2.closed)

p = select.poll()
p.register(a, select.POLLIN)
print(p.poll(0))
b.send(b'yz')
print(p.poll(1000) == [(a.fileno(), select.POLLIN)])
attempt('poll timeout str', lambda: p.poll('x'))
print(select.select([a], [], [], 0)[0] == [a], select.select([], [b], [], 0)[1] == [b])
a.recv(2)
print(select.select([a], [], [], 0.01))

with selectors.DefaultSelector() as sel:
    print(type(sel).__name__)
    sel.register(a, selectors.EVENT_READ, 'reader')
    sel.register(b, selectors.EVENT_WRITE, 'writer')
    print(sorted((k.data, ev) for k, ev in sel.select(0)))
    sel.modify(b, selectors.EVENT_READ, 'b reads')
    a.send(b'!')
    print(sorted((k.data, ev) for k, ev in sel.select(1)))
    print(sel.get_key(a).data, len(sel.get_map()))
    sel.unregister(a)
    print(len(sel.get_map()))
a.close()
b.close()
