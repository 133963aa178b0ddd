# dis and opcode: disassembly of functions compiled by us, instruction objects, opcode tables.
import dis
import opcode


def simple(a, b=1):
    c = a + b
    if c > 3:
        return [x * 2 for x in range(c)]
    return c


def loops(items):
    total = 0
    for i, item in enumerate(items):
        if item is None:
            continue
        while total < 10:
            total += item
    return total


def handlers(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print(e)
        return None
    finally:
        a = 0


def calls(obj, *args, **kwargs):
    obj.method(1, key=2)
    print(*args, **kwargs)
    with open('x') as f:
        pass
    return f'{obj!r:>10} {args}'


for f in (simple, loops, handlers, calls):
    print('==', f.__name__)
    dis.dis(f)

print('== instructions')
for ins in dis.get_instructions(simple):
    print(ins.offset, ins.opname, ins.arg, repr(ins.argval), ins.argrepr, ins.is_jump_target, ins.line_number, ins.positions)

print('== Bytecode')
bc = dis.Bytecode(loops)
print(bc.info())
print(bc.dis())
print(list(dis.findlinestarts(simple.__code__)))
print('\n'.join(line for line in dis.code_info(handlers).splitlines() if not line.startswith('Filename')))

print('== opcode')
print(opcode.opmap['LOAD_FAST'], opcode.opname[opcode.opmap['RETURN_VALUE']], opcode.HAVE_ARGUMENT)
print(opcode.hasconst, opcode.hasname, opcode.hasjump, opcode.hasfree, opcode.haslocal, opcode.hasexc)
print(len(opcode.hasarg), opcode.cmp_op, opcode._nb_ops[:3], opcode._intrinsic_1_descs[7])
print(dis.stack_effect(opcode.opmap['BINARY_OP'], 0), dis.stack_effect(opcode.opmap['POP_TOP']),
      dis.stack_effect(opcode.opmap['FOR_ITER'], 4, jump=True), dis.stack_effect(opcode.opmap['FOR_ITER'], 4, jump=False))
for args in [(opcode.opmap['POP_TOP'], 1), (opcode.opmap['LOAD_FAST'],), (300,), (opcode.opmap['POP_TOP'], None, 'x')]:
    try:
        print(dis.stack_effect(*args[:2], jump=args[2]) if len(args) == 3 else dis.stack_effect(*args))
    except ValueError as e:
        print('ValueError', e)
