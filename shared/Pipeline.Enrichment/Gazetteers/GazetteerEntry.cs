namespace Pipeline.Enrichment;

/// <summary>What the lists say about one phrase: its kinds, the country it belongs to, and the
/// canonical name it stands for (an acronym's full name), when there is one.</summary>
internal sealed record GazetteerEntry(GazetteerKind Kinds, string? CountryCode, string? Canonical)
{
    public bool Is(GazetteerKind kind) => (Kinds & kind) != 0;

    /// <summary>A given name that the lists know as nothing else, unless as a family name too ("Ursula", "Gulnara", not "Jordan").</summary>
    public bool IsOnlyGivenName => Is(GazetteerKind.FirstName) && !Is(~(GazetteerKind.FirstName | GazetteerKind.Surname));

    /// <summary>Combines two lists' views of the same phrase; a country's own code wins over a city's.</summary>
    public GazetteerEntry With(GazetteerKind kind, string? countryCode, string? canonical)
    {
        var kinds = Kinds | kind;
        // A named world region ("Gulf") spans countries, whatever province shares its name.
        var code = (kinds & GazetteerKind.WorldRegion) != 0 && (kinds & GazetteerKind.Country) == 0 ? null
            : kind == GazetteerKind.Country || CountryCode is null ? countryCode ?? CountryCode : CountryCode;
        return new(kinds, code, Canonical ?? canonical);
    }
}
