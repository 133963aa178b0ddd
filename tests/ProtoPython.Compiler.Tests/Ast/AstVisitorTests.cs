using System.Text.Json;
using ProtoPython.Compiler.Ast;
using ProtoPython.Compiler.Diagnostics;
using Assert = Xunit.Assert;

namespace ProtoPython.Compiler.Tests.Ast;

public class AstVisitorTests
{
    private sealed class PreOrderWalker : AstWalker
    {
        public List<string> Names { get; } = [];

        public override void Visit(Node? node)
        {
            if (node is not null)
            {
                Names.Add(node.Info.Name);
            }

            base.Visit(node);
        }
    }

    private sealed class NameCollector : AstWalker
    {
        public List<string> Ids { get; } = [];

        public override void VisitName(Name node)
        {
            Ids.Add(node.Id);
            base.VisitName(node);
        }
    }

    private sealed class Describer : AstVisitor<string>
    {
        protected override string DefaultVisit(Node node) => "other " + node.Info.Name;

        public override string VisitBinOp(BinOp node) => $"({Visit(node.Left)} {node.Op} {Visit(node.Right)})";

        public override string VisitUnaryOp(UnaryOp node) => node.Op + Visit(node.Operand);

        public override string VisitName(Name node) => node.Id;
    }

    private sealed class FoldX : AstTransformer
    {
        public override Node? VisitName(Name node) =>
            node.Id == "x" ? new Constant(ConstantValue.FromInt(1), null, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset) : node;

        public override Node? VisitPass(Pass node) => null;
    }

    private static IEnumerable<JsonElement> Cases()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.FrontendData, "ast_dump_cases.json")));
        return doc.RootElement.GetProperty("cases").Clone().EnumerateArray().ToList();
    }

    /// <summary>The node classes of a JSON tree in pre-order, fields in order; operator objects are not nodes.</summary>
    private static void PreOrder(JsonElement json, HashSet<string> enumMembers, List<string> into)
    {
        if (json.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in json.EnumerateArray())
            {
                PreOrder(item, enumMembers, into);
            }
        }
        else if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("_type", out var type) && !enumMembers.Contains(type.GetString()!))
        {
            into.Add(type.GetString()!);
            foreach (var field in AstSchema.Nodes.Single(n => n.Name == type.GetString()).Fields.Where(f => f.Kind == AstFieldKind.Node))
            {
                if (json.TryGetProperty(field.Name, out var value))
                {
                    PreOrder(value, enumMembers, into);
                }
            }
        }
    }

    [Fact]
    public void Walker_VisitsEveryChildNodeInFieldOrder()
    {
        var enumMembers = AstSchema.Enums.SelectMany(e => e.Members).ToHashSet();
        foreach (var c in Cases())
        {
            var expected = new List<string>();
            PreOrder(c.GetProperty("tree"), enumMembers, expected);
            var walker = new PreOrderWalker();
            walker.Visit(AstJson.BuildNode(c.GetProperty("tree")));
            Assert.Equal(expected, walker.Names);
        }
    }

    [Fact]
    public void Walker_OverriddenVisitMethodSeesNestedNames()
    {
        var tree = new Expression(new BinOp(
            new Name("a", ExprContext.Load, 1, 0, 1, 1),
            Operator.Add,
            new Call { Func = new Name { Id = "f" }, Args = [new Name { Id = "b" }], Keywords = [new Keyword { Value = new Name { Id = "c" } }] },
            1, 0, 1, 9));
        var collector = new NameCollector();
        collector.Visit(tree);
        Assert.Equal(["a", "f", "b", "c"], collector.Ids);
    }

    [Fact]
    public void Visitor_DispatchesOnTheClass_AndFallsBackToDefaultVisit()
    {
        var expr = new BinOp { Left = new Name { Id = "x" }, Op = Operator.Mult, Right = new Constant { Value = ConstantValue.FromInt(2) } };
        Assert.Equal("(x Mult other Constant)", new Describer().Visit(expr));
    }

    [Fact]
    public void VeryDeepTree_RaisesCompilerLimitError_NotAStackOverflow()
    {
        ExprNode expr = new Name { Id = "x" };
        for (var i = 0; i < 1_000_000; i++)
        {
            expr = new UnaryOp { Op = UnaryOperator.USub, Operand = expr };
        }

        var tree = new Expression(expr);
        var walk = Assert.Throws<CompilerLimitError>(() => new NameCollector().Visit(tree));
        Assert.Equal("RecursionError", walk.PythonTypeName);
        Assert.Throws<CompilerLimitError>(() => AstDump.Dump(tree));
        Assert.Throws<CompilerLimitError>(() => AstDump.Dump(tree, indent: 1));
        Assert.Throws<CompilerLimitError>(() => new Describer().Visit(new BinOp { Left = expr, Op = Operator.Add, Right = expr }));
    }

    [Fact]
    public void Transformer_ReplacesChildren_AndDropsListItemsReturnedAsNull()
    {
        var module = new Module
        {
            Body =
            [
                new Pass(),
                new Expr { Value = new Dict { Keys = [null, new Name { Id = "x" }], Values = [new Name { Id = "x" }, new Name { Id = "y" }] } },
                new If { Test = new Name { Id = "x" }, Body = [new Pass()], Orelse = [new Pass(), new Return { Value = new Name { Id = "x" } }] },
            ],
        };
        var result = new FoldX().Visit(module);
        Assert.Same(module, result);
        Assert.Equal(
            "Module(body=[Expr(value=Dict(keys=[None, Constant(value=1)], values=[Constant(value=1), Name(id='y', ctx=Load())])), "
            + "If(test=Constant(value=1), orelse=[Return(value=Constant(value=1))])])",
            AstDump.Dump(module));
    }

    [Fact]
    public void Transformer_RejectsRemovingARequiredChild()
    {
        var tree = new Expression(new Name { Id = "x" });
        var dropNames = new DropNames();
        var error = Assert.Throws<InvalidOperationException>(() => dropNames.Visit(tree));
        Assert.Contains("Expression.body", error.Message, StringComparison.Ordinal);
    }

    private sealed class DropNames : AstTransformer
    {
        public override Node? VisitName(Name node) => null;
    }

    [Fact]
    public void CreateEmpty_AndSetField_BuildNodesByFieldIndex()
    {
        var info = AstSchema.ImportFrom;
        var node = info.CreateEmpty();
        Assert.IsType<ImportFrom>(node);
        Assert.Equal("ImportFrom()", AstDump.Dump(node));
        node.SetField(0, "pkg");
        ((List<Alias>)node.GetField(1)!).Add(new Alias { Name = "x" });
        node.SetField(2, 1);
        Assert.Equal("ImportFrom(module='pkg', names=[alias(name='x')], level=1)", AstDump.Dump(node));
        node.SetField(2, null);
        Assert.Equal("ImportFrom(module='pkg', names=[alias(name='x')])", AstDump.Dump(node));
        Assert.Throws<ArgumentOutOfRangeException>(() => node.SetField(3, null));
        foreach (var each in AstSchema.Nodes)
        {
            var empty = each.CreateEmpty();
            Assert.Equal(each.ClrType, empty.GetType());
            Assert.All(each.Fields.Where(f => f.IsList).Select(f => empty.GetField(each.Fields.IndexOf(f))), v => Assert.Empty((System.Collections.ICollection)v!));
        }
    }

    [Fact]
    public void GetField_ReturnsFieldsInPythonOrder()
    {
        var node = new ImportFrom("m", [new Alias("x", null, 1, 0, 1, 1)], 2, 1, 0, 1, 20);
        Assert.Equal(["module", "names", "level"], node.Info.Fields.Select(f => f.Name));
        Assert.Equal("m", node.GetField(0));
        Assert.Same(node.Names, node.GetField(1));
        Assert.Equal(2, node.GetField(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => node.GetField(3));
        Assert.Equal(AstNodeKind.ImportFrom, node.NodeKind);
    }
}
