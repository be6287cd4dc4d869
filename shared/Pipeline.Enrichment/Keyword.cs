namespace Pipeline.Enrichment;

public sealed record Keyword(string Text, double Score);
