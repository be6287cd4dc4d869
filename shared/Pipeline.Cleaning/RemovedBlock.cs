namespace Pipeline.Cleaning;

/// <summary>A block clean removed, and why: kept so an operator can see where a sentence went.</summary>
public sealed record RemovedBlock(string Text, string Reason);
