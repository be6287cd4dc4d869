namespace Pipeline.Enrichment;

/// <summary>
/// Links later short mentions to the full person names introduced earlier in the document:
/// "Lavrov" → "Sergey Lavrov", "Hakim" → "Mohammed Ali al-Hakim" (Arabic article "al-" ignored),
/// "Al Jaber" → "Sultan Al Jaber", "Hale" → "Thomas W. Hale Jr." (suffix ignored), "Kim" → "Kim
/// Dong-hyun" (family name first), "Ramírez" → "Guadalupe Ramírez Ortega" (the first of two
/// Spanish surnames). A short form resolves only when one person in the document has it; a
/// given name alone ("Bambang" → "Bambang Sutrisno") only when no one has it as a surname.
/// </summary>
internal sealed class ShortNameResolver
{
    private readonly Dictionary<string, string?> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _byGivenName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _byFirstWord = new(StringComparer.Ordinal);
    private Dictionary<string, List<string>>? _shared;

    public ShortNameResolver(IEnumerable<string> fullNames)
    {
        foreach (var name in fullNames)
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 2 && NameParticles.IsSuffix(parts[^1])) parts = parts[..^1];
            if (parts.Length < 2) continue;
            foreach (var key in SurnameKeys(parts)) AddSurname(key, name);
            // "La Russa", as the text calls Ignazio La Russa, opens with an article, not a given name.
            if (IsListed(parts[0], GazetteerKind.FirstName) && !IsListed(parts[0], GazetteerKind.FamilyNameFirst) && !NameParticles.IsRomanceArticle(parts[0]))
                Add(_byGivenName, parts[0], name);
            if (!NameParticles.IsParticle(parts[0])) Add(_byFirstWord, parts[0], name);
            // "Gul Bano" after Gul Bano Afridi, "Ana Lucía" after Ana Lucía Ferreyra: a person is addressed by two given names
            // without the surname.
            if (parts.Length == 3 && char.IsUpper(parts[0][0]) && !NameParticles.IsParticle(parts[0]) && !IsListed(parts[0], GazetteerKind.FamilyNameFirst)
                && char.IsUpper(parts[1][0]) && !NameParticles.IsParticle(parts[1]) && !IsSlavicOrTurkicPatronymic(parts[1]))
                Add(_byGivenName, parts[0] + " " + parts[1], name);
        }
    }

    /// <summary>The full name that <paramref name="shortName"/> stands for, if exactly one person has it.</summary>
    public string? Resolve(string shortName) =>
        _bySurname.TryGetValue(shortName, out var full) ? full : _byGivenName.GetValueOrDefault(shortName);

    /// <summary>
    /// "Mr. Chaiwat" after Chaiwat Limsakul, "Mr. Prak" after Prak Sokhonn: the first word of exactly one full name,
    /// whether the name lists know it or not (Thai names go by the given name, Khmer ones by the family name
    /// written first), when no one has it as a surname.
    /// </summary>
    public string? ResolveFirstWord(string shortName) =>
        _bySurname.ContainsKey(shortName) ? null : _byFirstWord.GetValueOrDefault(shortName);

    /// <summary>
    /// "Kumar" after Nitish Kumar, before Gyanesh Kumar and Sanjay Kumar are named: a surname two people share stands
    /// for the one named last before it (<paramref name="firstSeen"/>: where each full name is first written); null if none is.
    /// </summary>
    public string? Nearest(string shortName, int position, Dictionary<string, int> firstSeen)
    {
        if (_shared is null || !_shared.TryGetValue(shortName, out var names)) return null;
        string? nearest = null;
        var at = -1;
        foreach (var name in names)
            if (firstSeen.TryGetValue(name, out var seen) && seen < position && seen > at) (nearest, at) = (name, seen);
        return nearest;
    }

    private void AddSurname(string key, string name)
    {
        if (_bySurname.TryGetValue(key, out var known) && known != name)
        {
            _shared ??= new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (!_shared.TryGetValue(key, out var names)) _shared[key] = names = known is null ? [] : [known];
            if (!names.Contains(name)) names.Add(name);
        }
        Add(_bySurname, key, name);
    }

    // Two people with one surname: the short form is ambiguous, so it resolves to neither.
    private static void Add(Dictionary<string, string?> keys, string key, string name)
    {
        if (keys.TryGetValue(key, out var known) && known != name) keys[key] = null;
        else keys[key] = name;
    }

    private static IEnumerable<string> SurnameKeys(string[] parts)
    {
        var surname = parts[^1];
        // "Khalid bin Salman": the word after "bin" names the father ("King Salman"), so only "bin Salman" stands for the son.
        var patronymic = parts.Length >= 3 && (NameParticles.IsPatronymic(parts[^2]) || parts[^2] is "Bin" or "Ibn");
        if (!patronymic) yield return surname;
        if (!patronymic && NameParticles.IsArticleName(surname)) yield return surname[3..];
        for (var k = 1; k < parts.Length - 1; k++)
        {
            var rest = string.Join(' ', parts[k..]);
            yield return rest;
            // "Mrs. Dos Reis Figueiredo" after Ana Beatriz dos Reis Figueiredo: a particle that opens the short form takes a capital.
            if (NameParticles.IsParticle(parts[k]) && char.IsLower(parts[k][0])) yield return char.ToUpperInvariant(rest[0]) + rest[1..];
        }
        // "Sayyid Hamad bin Salim" after Hamad bin Salim Al Harthy: an Arabic name goes by the given name and the father's,
        // without the family name after them.
        for (var k = 1; k < parts.Length - 2; k++)
            if (NameParticles.IsPatronymic(parts[k])) { yield return string.Join(' ', parts[..(k + 2)]); break; }
        // "Arkady Zubarev" and "Arkady Valentinovich" after Arkady Valentinovich Zubarev: a Russian or Central Asian name goes
        // by the given name and the surname without the patronymic between them, and is addressed by the given name and the patronymic.
        if (parts.Length == 3 && IsSlavicOrTurkicPatronymic(parts[1]))
        {
            yield return parts[0] + " " + parts[2];
            yield return parts[0] + " " + parts[1];
        }
        if (IsListed(parts[0], GazetteerKind.FamilyNameFirst)) yield return parts[0];
        // "Guadalupe Ramírez Ortega": Spanish and Portuguese names go by the first of two surnames. The article of a surname
        // ("Ignazio La Russa") is no surname of its own: "La" alone would be "La Nación".
        var middle = parts[^2];
        if (parts.Length >= 3 && char.IsUpper(middle[0]) && !NameParticles.IsParticle(middle) && !NameParticles.IsRomanceArticle(middle)
            && !IsListed(middle, GazetteerKind.FirstName)) yield return middle;
        // "Juan Carlos de la Vega Ruiz" is "De la Vega": a first surname that opens with particles keeps them (and is a
        // surname after them, whatever else the lists know it as: "Cruz", "Rosa").
        var from = parts.Length - 2;
        while (from > 1 && NameParticles.IsParticle(parts[from - 1]) && char.IsLower(parts[from - 1][0])) from--;
        if (from < parts.Length - 2 && char.IsUpper(middle[0]) && !NameParticles.IsParticle(middle))
        {
            var withParticles = string.Join(' ', parts[from..^1]);
            yield return withParticles;
            yield return char.ToUpperInvariant(withParticles[0]) + withParticles[1..];
        }
        // "María Teresa Ortega de la Fuente" is "Judge Ortega": the first surname is the word before a particle that opens the second.
        for (var p = 2; p < parts.Length - 1; p++)
        {
            if (!NameParticles.IsParticle(parts[p]) || !char.IsLower(parts[p][0])) continue;
            var first = parts[p - 1];
            if (p - 1 != parts.Length - 2 && char.IsUpper(first[0]) && !NameParticles.IsParticle(first) && !IsListed(first, GazetteerKind.FirstName)) yield return first;
            break;
        }
    }

    // "Valentinovich", "Ramilevna", "Ilyich", "Serikuly", "Nurlanqyzy": a patronymic of one word, by its ending.
    private static readonly string[] PatronymicEndings = ["ovich", "evich", "ovna", "evna", "ichna", "ovych", "evych", "ivna", "uly", "kyzy", "qyzy"];

    private static bool IsSlavicOrTurkicPatronymic(string word)
    {
        if (word.Length < 7 || !char.IsUpper(word[0])) return false;
        foreach (var ending in PatronymicEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool IsListed(string word, GazetteerKind kind) => Lexicon.Instance.Phrases.Lookup(word) is { } entry && entry.Is(kind);
}
