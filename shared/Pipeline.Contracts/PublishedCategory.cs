namespace Pipeline.Contracts;

/// <summary>A top-level news category (IPTC Media Topics) with a score in 0..1.</summary>
public sealed record PublishedCategory(string Code, string Label, double Score);
