using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Enrichment;

/// <summary>
/// Finds entities with rules: amounts, percentages and dates by pattern; names as runs of
/// capitalised words, typed by gazetteers and by the words around them; short mentions resolve to
/// the full name introduced earlier.
/// </summary>
internal static partial class EntityFinder
{
    public static IReadOnlyList<Entity> Find(string text, string? title)
    {
        var found = new List<Candidate>();
        var taken = new bool[text.Length];

        foreach (Match m in MoneyPattern().Matches(text))
        {
            var (amount, currency) = ParseMoney(m);
            Add(found, taken, EntityTypes.Money, m, "rule:money", amount is null ? null : $"{amount.Value.ToString(CultureInfo.InvariantCulture)} {currency}", null, amount, currency);
        }
        foreach (Match m in PercentPattern().Matches(text)) Add(found, taken, EntityTypes.Percent, m, "rule:percent");
        foreach (Match m in DatePattern().Matches(text)) Add(found, taken, EntityTypes.Date, m, "rule:date");

        foreach (Match m in NamePattern().Matches(text))
        {
            if (IsTaken(taken, m.Index, m.Length)) continue;
            var value = TrimName(m.Value, out var offset);
            if (value.Length == 0) continue;
            var start = m.Index + offset;
            var mention = new Mention(start, start + value.Length, value);
            var (type, source, country) = Classify(text, mention);
            if (type is null) continue;
            found.Add(new Candidate(type, mention, source, country, country, null, null));
            MarkTaken(taken, mention.Start, value.Length);
        }

        return Group(found, text, title);
    }

    private readonly record struct Candidate(string Type, Mention Mention, string Source, string? Normalized, string? Country, decimal? Amount, string? Currency);

    private static IReadOnlyList<Entity> Group(List<Candidate> found, string text, string? title)
    {
        // Resolve a short person mention ("Lavrov") to the full name introduced earlier ("Sergey Lavrov").
        var people = found.Where(f => f.Type == EntityTypes.Person && f.Mention.Text.Contains(' ')).Select(f => f.Mention.Text).Distinct().ToList();
        string Canonical(string type, string name)
        {
            if (name.Contains(' ') || (type != EntityTypes.Person && type != EntityTypes.Organization)) return name;
            var full = people.FirstOrDefault(p => p.Split(' ').Contains(name, StringComparer.Ordinal));
            return full ?? name;
        }

        var groups = found
            .Select(f => f with { Type = people.Any(p => p.Split(' ').Contains(f.Mention.Text)) && !f.Mention.Text.Contains(' ') ? EntityTypes.Person : f.Type })
            .GroupBy(f => (f.Type, Name: Canonical(f.Type, f.Mention.Text)));
        var entities = new List<Entity>();
        foreach (var group in groups)
        {
            var mentions = group.Select(g => g.Mention).OrderBy(m => m.Start).ToList();
            var first = group.First();
            var inTitle = title?.Contains(group.Key.Name, StringComparison.Ordinal) ?? false;
            var salience = Math.Min(1.0, 0.15 * Math.Log(1 + mentions.Count) * 2 + (1 - (double)mentions[0].Start / Math.Max(1, text.Length)) * 0.3 + (inTitle ? 0.3 : 0));
            entities.Add(new Entity
            {
                Text = group.Key.Name,
                Type = group.Key.Type,
                Mentions = mentions,
                Salience = Math.Round(salience, 3),
                Normalized = first.Normalized,
                CountryCode = first.Country,
                Amount = first.Amount,
                Currency = first.Currency,
                Source = first.Source,
            });
        }
        return entities.OrderByDescending(e => e.Salience).ToList();
    }

    private static (string? Type, string Source, string? Country) Classify(string text, Mention mention)
    {
        var name = mention.Text;
        if (Gazetteer.Countries.TryGetValue(name, out var code)) return (EntityTypes.Location, "gazetteer:countries", code);
        if (Gazetteer.Cities.TryGetValue(name, out var cityCountry)) return (EntityTypes.Location, "gazetteer:cities", cityCountry);
        if (Gazetteer.Demonyms.Contains(name)) return (EntityTypes.Nationality, "gazetteer:demonyms", null);
        var words = name.Split(' ');
        if (words.Any(Gazetteer.OrganizationWords.Contains)) return (EntityTypes.Organization, "rule:org-word", null);
        var before = text[Math.Max(0, mention.Start - 40)..mention.Start];
        if (TitleBefore().IsMatch(before) && words.Length >= 2) return (EntityTypes.Person, "rule:title", null);
        if (words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) && w.Skip(1).All(c => char.IsLower(c) || c == '-' || c == '\'')))
            return (EntityTypes.Person, "rule:name-shape", null);
        if (words.Length == 1 && Gazetteer.KnownOrganizations.Contains(name)) return (EntityTypes.Organization, "gazetteer:organizations", null);
        return (null, string.Empty, null);
    }

    private static string TrimName(string value, out int offset)
    {
        offset = 0;
        var words = value.Split(' ');
        var skip = 0;
        while (skip < words.Length && Gazetteer.LeadingWords.Contains(words[skip])) { offset += words[skip].Length + 1; skip++; }
        return string.Join(' ', words.Skip(skip));
    }

    private static void Add(List<Candidate> found, bool[] taken, string type, Match m, string source, string? normalized = null,
        string? country = null, decimal? amount = null, string? currency = null)
    {
        if (IsTaken(taken, m.Index, m.Length)) return;
        var mention = new Mention(m.Index, m.Index + m.Length, m.Value);
        found.Add(new Candidate(type, mention, source, normalized ?? m.Value, country, amount, currency));
        MarkTaken(taken, m.Index, m.Length);
    }

    private static bool IsTaken(bool[] taken, int start, int length) => taken.AsSpan(start, length).Contains(true);
    private static void MarkTaken(bool[] taken, int start, int length) => taken.AsSpan(start, length).Fill(true);

    private static (decimal? Amount, string? Currency) ParseMoney(Match m)
    {
        var currency = m.Groups["sym"].Value switch { "$" => "USD", "€" => "EUR", "£" => "GBP", _ => null };
        currency ??= m.Groups["word"].Value.ToLowerInvariant() switch { "dollars" => "USD", "euros" => "EUR", "pounds" => "GBP", _ => null };
        if (!decimal.TryParse(m.Groups["num"].Value.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)) return (null, currency);
        amount *= m.Groups["scale"].Value.ToLowerInvariant() switch { "billion" or "bn" => 1_000_000_000m, "million" or "m" => 1_000_000m, "thousand" => 1_000m, "trillion" => 1_000_000_000_000m, _ => 1m };
        return (amount, currency);
    }

    [GeneratedRegex(@"(?<sym>[$€£])\s?(?<num>\d[\d,]*(?:\.\d+)?)(?:\s?(?<scale>trillion|billion|million|thousand|bn)\b)?|(?<num>\d[\d,]*(?:\.\d+)?)\s?(?<scale>trillion|billion|million|thousand)?\s?(?<word>dollars|euros|pounds)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{1,2}(?:\s(?:and|to|-)\s\d{1,2})?)?(?:,?\s\d{4})?\b|\b(?:19|20)\d0s\b|\b(?:in|since|by|until)\s(?:19|20)\d{2}\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b\p{Lu}[\p{Ll}\p{Lu}'’-]+(?:\s(?:al-|bin\s|de\s|van\s|von\s)?\p{Lu}[\p{Ll}\p{Lu}'’-]+)*")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"(President|Minister|Secretary|Secretary-General|Chairman|Chair|Director|Senator|envoy|counterpart|Prime Minister|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|King|Queen|Prince|General|Ambassador|spokesman|spokeswoman|CEO|chief)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleBefore();
}
