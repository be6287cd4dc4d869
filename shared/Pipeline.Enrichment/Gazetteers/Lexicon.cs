namespace Pipeline.Enrichment;

/// <summary>
/// All name lists in one phrase matcher, built once per process from the embedded data files.
/// Read-only after construction, so safe to share between threads.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(Load);

    public static Lexicon Instance => Shared.Value;

    public PhraseMatcher Phrases { get; } = new();

    /// <summary>ISO 3166-1 alpha-2 code → common English name of the country.</summary>
    public Dictionary<string, string> CountryNames { get; } = new(StringComparer.Ordinal);

    /// <summary>English function and very common words (stopwords-iso), to tell "Already" at a sentence start from a name.</summary>
    public HashSet<string> EnglishStopwords { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether a word, in whatever case, is an English stop word ("The", "ALL"), with no lower-case copy of it made.</summary>
    public bool IsEnglishStopword(string word)
    {
        if (word.Length > 32) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.AsSpan().ToLowerInvariant(lower);
        return EnglishStopwords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static Lexicon Load()
    {
        var lexicon = new Lexicon();
        var phrases = lexicon.Phrases;
        foreach (var row in EmbeddedData.Rows("countries.tsv"))
        {
            var (code, name) = (row[0], row[1]);
            lexicon.CountryNames[code] = name;
            phrases.Add(name, GazetteerKind.Country, code);
            foreach (var alias in Split(row[2])) phrases.Add(alias, GazetteerKind.Country, code, name);
            foreach (var demonym in Split(row[3]))
            {
                phrases.Add(demonym, GazetteerKind.Demonym, code);
                if (!demonym.EndsWith('s') && !demonym.EndsWith("ese", StringComparison.Ordinal)) phrases.Add(demonym + "s", GazetteerKind.Demonym, code);
            }
            foreach (var capital in Split(row[4])) phrases.Add(capital, GazetteerKind.City, code);
        }
        // Short forms that news writes and the country list lacks.
        foreach (var (alias, code) in ShortCountryNames) phrases.Add(alias, GazetteerKind.Country, code, lexicon.CountryNames.GetValueOrDefault(code, alias));
        foreach (var row in EmbeddedData.Rows("demonyms-extra.tsv")) phrases.Add(row[0], GazetteerKind.Demonym, row[1]);
        foreach (var row in EmbeddedData.Rows("cities.tsv").Concat(EmbeddedData.Rows("cities-extra.tsv")))
        {
            phrases.Add(row[0], GazetteerKind.City, row[1]);
            // News in English often drops accents: "Brasília" is written "Brasilia", "Bogotá" "Bogota".
            var plain = WithoutAccents(row[0]);
            if (plain != row[0]) phrases.Add(plain, GazetteerKind.City, row[1]);
        }
        foreach (var row in EmbeddedData.Rows("regions.tsv"))
        {
            phrases.Add(row[0], GazetteerKind.Region, row[1], row.Length > 2 ? row[2] : null);
            // Provinces lose their accents in English news as cities do ("Đồng Nai" is written "Dong Nai"); a one-word
            // plain form is left out, being as often a name ("León" would make "Leon" a place).
            var plain = WithoutAccents(row[0]);
            if (plain != row[0] && plain.Contains(' ')) phrases.Add(plain, GazetteerKind.Region, row[1]);
        }
        foreach (var row in EmbeddedData.Rows("world-regions.txt")) phrases.Add(row[0], GazetteerKind.WorldRegion);
        foreach (var row in EmbeddedData.Rows("stopwords.tsv").Where(r => r[0] == "en")) lexicon.EnglishStopwords.UnionWith(row[1].Split('|'));
        foreach (var row in EmbeddedData.Rows("groups.txt")) phrases.Add(row[0], GazetteerKind.Demonym);
        foreach (var row in EmbeddedData.Rows("first-names.txt").Concat(EmbeddedData.Rows("first-names-extra.txt"))) AddName(phrases, row[0], GazetteerKind.FirstName);
        foreach (var row in EmbeddedData.Rows("surnames.txt")) AddName(phrases, row[0], GazetteerKind.Surname);
        foreach (var row in EmbeddedData.Rows("family-names-first.txt")) phrases.Add(row[0], GazetteerKind.FamilyNameFirst);
        // Not phrases: the tagger's features stay those it was trained with, and the rules read the set.
        foreach (var row in EmbeddedData.Rows("known-people.txt")) lexicon.KnownPeople.UnionWith(row);
        foreach (var row in EmbeddedData.Rows("vietnamese-given-names.txt")) lexicon.VietnameseGivenNames.Add(WithoutAccents(row[0]));
        foreach (var row in EmbeddedData.Rows("person-titles.txt")) phrases.Add(row[0], GazetteerKind.PersonTitle);
        foreach (var row in EmbeddedData.Rows("organization-words.txt"))
            phrases.Add(row[0], row[1] == "suffix" ? GazetteerKind.OrganizationSuffix : GazetteerKind.OrganizationHead);
        foreach (var row in EmbeddedData.Rows("organizations.txt"))
            phrases.Add(row[0], GazetteerKind.KnownOrganization, null, row.Length > 1 ? row[1] : null);
        return lexicon;
    }

    /// <summary>Syllables of Vietnamese given names without diacritics ("Minh", "Thu"), as English news writes them.</summary>
    public HashSet<string> VietnameseGivenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// People news names by one word without introducing them ("Putin", "Erdogan", "Modi"), and their full
    /// names: a person, whatever the tagger or the words around such a name say (<c>known-people.txt</c>).
    /// </summary>
    public HashSet<string> KnownPeople { get; } = new(StringComparer.Ordinal);

    // "José" is often written "Jose" in English news, as city names lose their accents.
    private static void AddName(PhraseMatcher phrases, string name, GazetteerKind kind)
    {
        phrases.Add(name, kind);
        var plain = WithoutAccents(name);
        if (plain != name) phrases.Add(plain, kind);
    }

    internal static string WithoutAccents(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        // Vietnamese "Đ" is a letter of its own, not a D with a mark, but English news writes it "D" ("Duc", "Da Nang");
        // some lists spell it with the look-alike eth "Ð" ("Ðồng Nai").
        return new string(kept.Select(c => c switch { 'Đ' or 'Ð' => 'D', 'đ' => 'd', _ => c }).ToArray()).Normalize(System.Text.NormalizationForm.FormC);
    }

    private static IEnumerable<string> Split(string field) => field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static readonly (string Alias, string Code)[] ShortCountryNames =
    [
        ("US", "US"), ("U.S.", "US"), ("USA", "US"), ("U.S.A.", "US"), ("America", "US"), ("UK", "GB"), ("U.K.", "GB"),
        ("Britain", "GB"), ("Great Britain", "GB"), ("England", "GB"), ("Scotland", "GB"), ("Wales", "GB"),
        ("UAE", "AE"), ("Emirates", "AE"), ("South Korea", "KR"), ("North Korea", "KP"), ("Czech Republic", "CZ"),
        ("Ivory Coast", "CI"), ("Holland", "NL"), ("Burma", "MM"), ("Congo", "CD"), ("Vatican", "VA"),
        ("Palestine", "PS"), ("Turkey", "TR"), ("Soviet Union", "SU"), ("USSR", "SU"), ("Turkiye", "TR"), ("Türkiye", "TR"),
        ("Syria", "SY"), ("Iran", "IR"), ("Russia", "RU"), ("Laos", "LA"), ("Moldova", "MD"), ("Taiwan", "TW"),
        ("Côte d'Ivoire", "CI"),
    ];
}
