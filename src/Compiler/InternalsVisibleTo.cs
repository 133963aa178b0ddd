using System.Runtime.CompilerServices;

// The compiler's tests build constants and code objects the way the code generator does.
[assembly: InternalsVisibleTo("ProtoPython.Compiler.Tests")]
