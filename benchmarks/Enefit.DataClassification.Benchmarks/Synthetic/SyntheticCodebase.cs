using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Enefit.DataClassification.Benchmarks.Synthetic;

/// <summary>One source file of the synthetic codebase.</summary>
public sealed record SyntheticFile(string Path, string Text);

/// <summary>A one-place text edit: <see cref="OldText"/> occurs exactly once in the file at <see cref="Path"/>.</summary>
public sealed record SourceEdit(string Path, string OldText, string NewText)
{
    /// <summary>
    /// <paramref name="compilation"/> after this edit, made the way the IDE makes it: the file's tree changed in place
    /// (<see cref="SyntaxTree.WithChangedText"/>), every other tree the same.
    /// </summary>
    public Compilation ApplyTo(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == Path);
        var text = tree.GetText();
        var at = text.ToString().IndexOf(OldText, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException($"'{OldText}' is not in {Path}.");
        }

        var edited = text.WithChanges(new TextChange(new TextSpan(at, OldText.Length), NewText));
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(edited));
    }
}

/// <summary>How a classified value reaches a log call in the synthetic code.</summary>
public enum LeakForm
{
    /// <summary>The member is a log argument itself: what MA0153 reports.</summary>
    Direct,

    /// <summary>The member is copied into a local, and the local is logged.</summary>
    ThroughLocal,

    /// <summary>The member is a hole of an interpolated log message.</summary>
    Interpolation,

    /// <summary>The member is concatenated into the log message.</summary>
    Concatenation,
}

/// <summary>
/// A deterministic synthetic codebase shaped like a retailer's services: about one type in ten a partial classified
/// entity, services under declared purposes, methods that read classified data under every guard form the analysis
/// understands, log calls of classified and clean values, and a majority of ordinary code touching no classified data.
/// The same (lines, seed, flavor) always gives the same text.
/// </summary>
public sealed class SyntheticCodebase
{
    public const int DefaultSeed = 20261125;

    private SyntheticCodebase(
        ImmutableArray<SyntheticFile> files,
        int entityCount,
        int serviceCount,
        ImmutableDictionary<LeakForm, int> plantedLeaks,
        SourceEdit unrelatedEdit,
        SourceEdit classifiedMemberEdit)
    {
        Files = files;
        EntityCount = entityCount;
        ServiceCount = serviceCount;
        PlantedLeaks = plantedLeaks;
        UnrelatedEdit = unrelatedEdit;
        ClassifiedMemberEdit = classifiedMemberEdit;
    }

    public ImmutableArray<SyntheticFile> Files { get; }

    /// <summary>Lines over all files, each file ending in a newline.</summary>
    public int LineCount => Files.Sum(f => CountLines(f.Text));

    public int EntityCount { get; }

    public int ServiceCount { get; }

    /// <summary>How many log calls of classified values were written, by form.</summary>
    public ImmutableDictionary<LeakForm, int> PlantedLeaks { get; }

    /// <summary>An edit of a method body in a file that touches no classified data.</summary>
    public SourceEdit UnrelatedEdit { get; }

    /// <summary>An edit of one classified member's declaration (its fideslang kind).</summary>
    public SourceEdit ClassifiedMemberEdit { get; }

    /// <summary>
    /// Writes a codebase of about <paramref name="lines"/> lines (the last file may overshoot by one file's length).
    /// With <paramref name="runtimeReferenced"/> false the code uses look-alike types declared in the code itself
    /// instead of the runtime library, so that it compiles without a reference to Enefit.DataClassification.
    /// </summary>
    public static SyntheticCodebase Generate(int lines, int seed = DefaultSeed, bool runtimeReferenced = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lines, 1);
        var random = new DeterministicRandom(seed);
        var namespaceOfRuntime = runtimeReferenced ? "Enefit.DataClassification" : LookalikeTypes.Namespace;
        var files = ImmutableArray.CreateBuilder<SyntheticFile>();
        var leaks = new Dictionary<LeakForm, int>();
        var entities = new List<EntityShape>();
        var total = 0;
        if (!runtimeReferenced)
        {
            var lookalikes = LookalikeTypes.Source();
            files.Add(new SyntheticFile("Retail/Lookalikes/LookalikeTypes.cs", lookalikes));
            total += CountLines(lookalikes);
        }

        var services = 0;
        SyntheticFile? firstOrdinaryService = null;
        for (var index = 0; total < lines; index++)
        {
            var domain = Domains[index % Domains.Length];
            SyntheticFile file;
            if (index % 10 == 0)
            {
                var entity = new EntityShape(domain, EntityNames[entities.Count % EntityNames.Length] + index, entities.Count);
                entities.Add(entity);
                file = EntityWriter.Write(entity, namespaceOfRuntime);
            }
            else
            {
                services++;
                (file, var kind) = new ServiceWriter(random, namespaceOfRuntime, leaks).Write(domain, index, entities);
                if (kind == ServiceWriter.Kind.Ordinary)
                {
                    firstOrdinaryService ??= file;
                }
            }

            files.Add(file);
            total += CountLines(file.Text);
        }

        var firstEntity = entities[0];
        return new SyntheticCodebase(
            files.ToImmutable(),
            entities.Count,
            services,
            Enum.GetValues<LeakForm>().ToImmutableDictionary(f => f, f => leaks.GetValueOrDefault(f)),
            ServiceWriter.UnrelatedEditOf(firstOrdinaryService ?? files[^1]),
            EntityWriter.ClassifiedMemberEditOf(firstEntity));
    }

    internal static int CountLines(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                count++;
            }
        }

        return count;
    }

    private static readonly string[] Domains =
        ["Customers", "Orders", "Loyalty", "Billing", "Delivery", "Catalog", "Campaigns", "Support", "Inventory", "Payments"];

    private static readonly string[] EntityNames = ["Customer", "Subscriber", "Member", "Recipient", "Shopper", "Payer"];
}

/// <summary>The names a service needs to use an entity, and its place among the entities (from 0).</summary>
internal sealed record EntityShape(string Domain, string Name, int Ordinal)
{
    public string FullName => "Retail." + Domain + "." + Name;
}
