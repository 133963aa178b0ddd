using ProtoPython.Bytecode;

namespace ProtoPython.Compiler.Flowgraph;

internal sealed partial class ControlFlowGraph
{
    private const int Visited = -1;

    /// <summary>Replaces a run of SWAPs and NOPs with the shortest run having the same effect.</summary>
    private static void Swaptimize(BasicBlock block, ref int ix)
    {
        int start = ix;
        int depth = block[start].Arg;
        int len = 0;
        bool more = false;
        int limit = block.Count - start;
        while (++len < limit)
        {
            var op = block[start + len].Op;
            if (op == Opcode.Swap)
            {
                depth = Math.Max(depth, block[start + len].Arg);
                more = true;
            }
            else if (op != Opcode.Nop)
            {
                break;
            }
        }

        if (!more)
        {
            return;
        }

        // Simulate the run on a stack of item numbers.
        var stack = new int[depth];
        for (int i = 0; i < depth; i++)
        {
            stack[i] = i;
        }

        for (int i = 0; i < len; i++)
        {
            if (block[start + i].Op == Opcode.Swap)
            {
                int oparg = block[start + i].Arg;
                (stack[0], stack[oparg - 1]) = (stack[oparg - 1], stack[0]);
            }
        }

        // Emit the cycles of the permutation from the end of the run backwards; each cycle
        // goes through position 0, the only one SWAP can exchange with.
        int current = len - 1;
        for (int i = 0; i < depth; i++)
        {
            if (stack[i] == Visited || stack[i] == i)
            {
                continue;
            }

            int j = i;
            while (true)
            {
                if (j != 0)
                {
                    block[start + current].Op = Opcode.Swap;
                    block[start + current].Arg = j + 1;
                    current--;
                }

                if (stack[j] == Visited)
                {
                    break;
                }

                int next = stack[j];
                stack[j] = Visited;
                j = next;
            }
        }

        while (current >= 0)
        {
            block[start + current].SetNop();
            current--;
        }

        ix += len - 1;
    }

    private static bool Swappable(Opcode op) => op is Opcode.StoreFast or Opcode.StoreFastMaybeNull or Opcode.PopTop;

    private static int StoresTo(in CfgInstr instr) =>
        instr.Op is Opcode.StoreFast or Opcode.StoreFastMaybeNull ? instr.Arg : -1;

    private static int NextSwappableInstruction(BasicBlock block, int i, int lineno)
    {
        while (++i < block.Count)
        {
            ref var instruction = ref block[i];
            if (lineno >= 0 && instruction.Loc.Lineno != lineno)
            {
                // Reordering across lines would change the names bound between line events.
                return -1;
            }

            if (instruction.Op == Opcode.Nop)
            {
                continue;
            }

            return Swappable(instruction.Op) ? i : -1;
        }

        return -1;
    }

    /// <summary>
    /// Applies SWAPs by reordering the stores/pops that follow them:
    /// SWAP 2, POP_TOP, STORE_FAST x becomes NOP, STORE_FAST x, POP_TOP.
    /// </summary>
    private static void ApplyStaticSwaps(BasicBlock block, int i)
    {
        for (; i >= 0; i--)
        {
            ref var swap = ref block[i];
            if (swap.Op != Opcode.Swap)
            {
                if (swap.Op == Opcode.Nop || Swappable(swap.Op))
                {
                    continue;
                }

                return;
            }

            int j = NextSwappableInstruction(block, i, -1);
            if (j < 0)
            {
                return;
            }

            int k = j;
            int lineno = block[j].Loc.Lineno;
            for (int count = swap.Arg - 1; count > 0; count--)
            {
                k = NextSwappableInstruction(block, k, lineno);
                if (k < 0)
                {
                    return;
                }
            }

            int storeJ = StoresTo(block[j]);
            int storeK = StoresTo(block[k]);
            if (storeJ >= 0 || storeK >= 0)
            {
                if (storeJ == storeK)
                {
                    return;
                }

                for (int idx = j + 1; idx < k; idx++)
                {
                    int storeIdx = StoresTo(block[idx]);
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK))
                    {
                        return;
                    }
                }
            }

            swap.SetNop();
            (block[j], block[k]) = (block[k], block[j]);
        }
    }
}
