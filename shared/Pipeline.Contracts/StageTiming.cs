namespace Pipeline.Contracts;

/// <summary>How long one stage worked on the document, and which service version did it.</summary>
public sealed record StageTiming(string Stage, int Version, double Milliseconds, string Service);
