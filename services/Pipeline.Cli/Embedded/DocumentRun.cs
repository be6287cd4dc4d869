namespace Pipeline.Cli.Embedded;

/// <summary>What happened to one input file in an embedded run.</summary>
internal sealed record DocumentRun
{
    public required FileInfo Input { get; init; }
    public IReadOnlyList<Contracts.DocumentPublished> Published { get; init; } = [];
    public IReadOnlyList<string> Failures { get; init; } = [];
    public IReadOnlyList<string> Unchanged { get; init; } = [];
    public double Milliseconds { get; init; }

    public bool Succeeded => Failures.Count == 0 && Published.Count > 0;
}
