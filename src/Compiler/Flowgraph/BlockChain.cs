using System.Collections;

namespace ProtoPython.Compiler.Flowgraph;

/// <summary>
/// The blocks of a graph from a first block along <see cref="BasicBlock.Next"/>. The flow-graph
/// passes walk it dozens of times per code object, so foreach uses a struct enumerator; like
/// an iterator, it reads a block's <c>Next</c> only when moving past it, so a pass may relink
/// the block it is visiting.
/// </summary>
internal readonly struct BlockChain(BasicBlock? first) : IEnumerable<BasicBlock>
{
    public Enumerator GetEnumerator() => new(first);

    IEnumerator<BasicBlock> IEnumerable<BasicBlock>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(BasicBlock? first) : IEnumerator<BasicBlock>
    {
        private BasicBlock? _current;
        private bool _started;

        public readonly BasicBlock Current => _current!;

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            _current = _started ? _current?.Next : first;
            _started = true;
            return _current is not null;
        }

        public void Reset()
        {
            _current = null;
            _started = false;
        }

        public readonly void Dispose()
        {
        }
    }
}
