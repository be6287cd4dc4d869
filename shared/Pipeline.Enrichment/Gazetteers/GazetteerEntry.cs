namespace Pipeline.Enrichment;

/// <summary>What the lists say about one phrase: its kinds, the country it belongs to, and the
/// canonical name it stands for (an acronym's full name), when there is one.</summary>
internal sealed record GazetteerEntry(GazetteerKind Kinds, string? CountryCode, string? Canonical)
{
    public bool Is(GazetteerKind kind) => (Kinds & kind) != 0;

    /// <summary>Combines two lists' views of the same phrase; a country's own code wins over a city's.</summary>
    public GazetteerEntry With(GazetteerKind kind, string? countryCode, string? canonical) => new(
        Kinds | kind,
        kind == GazetteerKind.Country || CountryCode is null ? countryCode ?? CountryCode : CountryCode,
        Canonical ?? canonical);
}
