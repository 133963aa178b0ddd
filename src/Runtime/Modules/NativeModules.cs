using ProtoPython.Runtime.Import;

namespace ProtoPython.Runtime.Modules;

/// <summary>Every C# module of the runtime, registered with the import system at startup.</summary>
internal static partial class NativeModules
{
    public static void RegisterAll(ImportSystem imports)
    {
        foreach (var module in All())
        {
            imports.Register(module);
        }

        Typing.TypingModule.Install();
    }

    private static IEnumerable<INativeModule> All()
    {
        yield return new MathModule();
        yield return new TimeModule();
        yield return new Sre.SreModule();
        yield return new ErrnoModule();
        yield return new PosixModule();
        yield return new IoModule();
        yield return new ThreadModule();
        yield return new AtexitModule();
        yield return new CollectionsModule();
        yield return new ItertoolsModule();
        yield return new FunctoolsModule();
        yield return new OperatorModule();
        yield return new HeapqModule();
        yield return new BisectModule();
        yield return new WeakrefModule();
        yield return new ContextvarsModule();
        yield return new AbcModule();
        yield return new Ast.AstModule();
        yield return new Typing.TypingModule();
        yield return new OpcodeModule();
        yield return new TokenizeModule();
        yield return new CodecsModule();
        yield return new StructModule();
        yield return new RandomModule();
        yield return new Sha2Module("_sha2");
        yield return new Sha2Module("_md5");
        yield return new Sha2Module("_sha1");
        yield return new Sha3Module();
        yield return new Blake2Module();
        yield return new BinasciiModule();
        yield return new StringModule();
        yield return new JsonModule();
        yield return new ZlibModule();
        yield return new CsvModule();
        yield return new SignalModule();
        yield return new SelectModule();
        yield return new PosixSubprocessModule();
        yield return new GcModule();
        yield return new ImpModule();
        yield return new WarningsModule();
        yield return new MarshalModule();
        yield return new SocketModule();
        yield return new UnicodedataModule();
        yield return new ArrayModule();
        yield return new ResourceModule();
        yield return new TestLimitedCapiModule();
        yield return new TestInternalCapiModule();
    }
}
