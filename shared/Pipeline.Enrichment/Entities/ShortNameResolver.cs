namespace Pipeline.Enrichment;

/// <summary>
/// Links later short mentions to the full person names introduced earlier in the document:
/// "Lavrov" → "Sergey Lavrov", "Hakim" → "Mohammed Ali al-Hakim" (Arabic article "al-" ignored),
/// "Al Jaber" → "Sultan Al Jaber". Only surnames (the last words of a name) resolve, and only
/// when one person in the document has that surname.
/// </summary>
internal sealed class ShortNameResolver
{
    private readonly Dictionary<string, string?> _bySurname = new(StringComparer.Ordinal);

    public ShortNameResolver(IEnumerable<string> fullNames)
    {
        foreach (var name in fullNames)
        {
            var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) continue;
            var keys = SurnameKeys(parts[^1]).Concat(Enumerable.Range(1, parts.Length - 2).Select(k => string.Join(' ', parts[k..])));
            foreach (var key in keys)
            {
                // Two people with one surname: the short form is ambiguous, so it resolves to neither.
                if (_bySurname.TryGetValue(key, out var known) && known != name) _bySurname[key] = null;
                else _bySurname[key] = name;
            }
        }
    }

    /// <summary>The full name that <paramref name="shortName"/> stands for, if exactly one person has it as surname.</summary>
    public string? Resolve(string shortName) => _bySurname.GetValueOrDefault(shortName);

    private static IEnumerable<string> SurnameKeys(string surname)
    {
        yield return surname;
        if (surname.Length > 3 && surname[2] == '-' && surname[..2] is "al" or "Al" or "el" or "El") yield return surname[3..];
    }
}
