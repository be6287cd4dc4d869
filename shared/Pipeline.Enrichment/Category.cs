namespace Pipeline.Enrichment;

/// <summary>IPTC Media Topics top-level category, e.g. code "11000000", label "politics".</summary>
public sealed record Category(string Code, string Label, double Score);
