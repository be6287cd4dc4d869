using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "Hamas official Basem Naim", "striker Vinicius Junior": two or three capitalised words right after
/// a lower-case word for a person's role are a person, though the tagger may call an unfamiliar
/// name a place or an organisation. Only words that no list knows, or that lists know as people's
/// names, count: "official Saudi Press Agency" holds a listed country and an organisation's word.
/// A name in apposition to a phrase ending in a kind of organisation ("Cochilco, the government's
/// lithium commission") is an organisation.
/// </summary>
internal static class RoleNounRule
{
    private static readonly FrozenSet<string> Roles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "official", "spokesman", "spokeswoman", "spokesperson", "leader", "envoy", "commander", "negotiator", "lawmaker",
        "senator", "adviser", "advisor", "activist", "journalist", "prosecutor", "judge", "coach", "striker", "midfielder",
        "defender", "goalkeeper", "captain", "economist", "analyst", "strategist", "lawyer", "dissident", "cleric", "rapper",
        "singer", "actor", "actress", "novelist", "author", "director", "researcher", "professor",
    ]);

    private static readonly FrozenSet<string> Outlets = FrozenSet.Create(StringComparer.Ordinal,
    [
        "news", "newspaper", "daily", "weekly", "channel", "broadcaster", "website", "agency", "outlet", "magazine", "television",
    ]);

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            // "told the Hawar news agency", "the Kayhan newspaper": a name right before a word for a news outlet is the outlet.
            if (type is "PER" or "LOC" && entry is null && last - first <= 2 && IsOutletAfterThe(tokens, start, first, last))
            {
                spans[s] = (first, last, "ORG", source + "+rule:outlet", null);
                continue;
            }
            // "Cochilco, the government's copper and lithium commission": a name in apposition to a phrase whose last word is a
            // kind of organisation is that organisation ("..., the company's chief executive" ends in a role and stays a person).
            if (type is "PER" or "LOC" && entry is null && last - first <= 3 && source.StartsWith("tagger", StringComparison.Ordinal)
                && IsBeforeOrganizationApposition(tokens, last) && !(matches.Single(first) is { } given && given.Is(GazetteerKind.FirstName)))
            {
                spans[s] = (first, last, "ORG", source + "+rule:apposition", null);
                continue;
            }
            // "council member Siri Helene Aasland", "Vice Mayor Inday Eulalia Cañete": after a role or a title, a first name the
            // tagger did not know, left out of the person it found right after, is the person's too.
            if (type == "PER" && entry is null && last - first is 2 or 3 && first - 2 >= start && IsUnknownName(tokens, matches, first - 1)
                && (Roles.Contains(tokens[first - 2].Text) || tokens[first - 2].Text == "member" || PersonTitles.IsTitleWord(tokens[first - 2].Text))
                && !Holds(spans, first - 1))
            {
                spans[s] = (first - 1, last, type, source + "+rule:role", null);
                continue;
            }
            if (type is not ("LOC" or "ORG") || entry is not null || first == start || last - first is < 2 or > 3) continue;
            if (!Roles.Contains(tokens[first - 1].Text) || !OnlyPeoplesNames(tokens, matches, first, last)) continue;
            spans[s] = (first, last, "PER", source + "+rule:role", null);
        }
        // "Sernageomin, the state mining regulator, said": a lone name the tagger left out, in apposition to a kind of organisation,
        // is that organisation.
        // The apposition first: it turns most tokens away on the comma after them, before the name's look-ups.
        for (var k = start; k + 1 < end; k++)
            if (IsBeforeOrganizationApposition(tokens, k + 1) && IsUnlistedName(tokens, matches, k) && !Holds(spans, k)
                && (k == start || !char.IsUpper(tokens[k - 1].Text[0])))
                spans.Add((k, k + 1, "ORG", "rule:apposition", null));
        // "told the Shargh daily": so is one the tagger left out, one or two capitalised words that no list knows and English
        // never writes in lower case ("the Sunday newspaper" is a day's).
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (tokens[k - 1].Text is not ("the" or "The" or "(") || !IsUnlistedName(tokens, matches, k) || Holds(spans, k)) continue;
            var last = IsUnlistedName(tokens, matches, k + 1) && !Holds(spans, k + 1) ? k + 2 : k + 1;
            if (IsOutletAfterThe(tokens, start, k, last)) spans.Add((k, last, "ORG", "rule:outlet", null));
        }
    }

    // Tokens [first, last) stand between "the" and a word for a news outlet ("the Kayhan newspaper", "the Hawar news agency"),
    // or open a bracket before one, as a transcript labels a question ("Question (Al-Rai newspaper, Kuwait):").
    private static bool IsOutletAfterThe(List<Token> tokens, int start, int first, int last) =>
        first > start && (tokens[first - 1].Text is "the" or "The" || tokens[first - 1].Text == "(" && tokens[last].Text is not ("daily" or "weekly"))
        && last + 1 < tokens.Count && Outlets.Contains(tokens[last].Text)
        && (tokens[last].Text != "news" || tokens[last + 1].Text is "agency" or "channel" or "website" or "outlet");

    private static bool IsUnlistedName(List<Token> tokens, GazetteerMatches matches, int k) =>
        OrganizationNameRule.IsNameWord(tokens[k].Text) && tokens[k].Text.Length > 1 && matches.Longest(k).Entry is null
        && !FeatureExtractor.IsLowerCaseWord(tokens[k].Text) && !OrganizationNameRule.DayOrMonth.Contains(tokens[k].Text);

    private static readonly FrozenSet<string> OrganizationKinds = FrozenSet.Create(StringComparer.Ordinal,
    [
        "commission", "regulator", "operator", "company", "firm", "agency", "bank", "lender", "insurer", "utility", "producer", "miner",
        "carrier", "airline", "party", "union", "watchdog", "charity", "consultancy", "ministry", "organisation", "organization",
        "foundation", "coalition", "association", "federation", "broadcaster", "newspaper", "conglomerate", "retailer", "developer",
        "exporter", "refiner", "manufacturer", "chipmaker", "carmaker", "shipbuilder", "fund", "bourse", "institute", "think-tank",
    ]);

    // ", the state-owned pipeline operator ,": a comma and an article, at most six lower-case words (or possessives), then a comma or
    // a full stop right after a word for a kind of organisation.
    private static bool IsBeforeOrganizationApposition(List<Token> tokens, int last)
    {
        if (last + 3 >= tokens.Count || tokens[last].Text != "," || tokens[last + 1].Text is not ("the" or "a" or "an")) return false;
        for (var k = last + 2; k < tokens.Count && k <= last + 8; k++)
        {
            var word = tokens[k].Text;
            if (word is "," or "." or ";") return k > last + 2 && OrganizationKinds.Contains(tokens[k - 1].Text);
            // "a spokeswoman for the fund": after a preposition the last word is not what the name is.
            if ((!char.IsLower(word[0]) && word is not ("'s" or "’s" or "-")) || word is "for" or "of" or "at" or "in" or "with" or "to" or "from" or "on" or "by" or "who" or "which" or "that")
                return false;
        }
        return false;
    }

    // A lambda in a method of its own: in the loop, capturing its variables would allocate a closure for every span.
    // A loop, not List.Exists with a lambda: one capturing the token index allocates a closure and a delegate on every call.
    private static bool Holds(List<NameSpan> spans, int k)
    {
        foreach (var o in spans)
            if (o.First <= k && k < o.Last) return true;
        return false;
    }

    private static bool IsUnknownName(List<Token> tokens, GazetteerMatches matches, int k) =>
        char.IsUpper(tokens[k].Text[0]) && CharChecks.AnyLetter(tokens[k].Text) && !FeatureExtractor.IsLowerCaseWord(tokens[k].Text)
        && !PersonTitles.IsTitleWord(tokens[k].Text) && OnlyPeoplesNames(tokens, matches, k, k + 1);

    internal static bool OnlyPeoplesNames(List<Token> tokens, GazetteerMatches matches, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            // "lawmaker Musallam al-Barrak": the Arabic article belongs to the name.
            if (NameParticles.IsArticleName(tokens[k].Text) && k > first) continue;
            if (!char.IsUpper(tokens[k].Text[0]) || tokens[k].Text.Length < 2 || CharChecks.AllUpper(tokens[k].Text)) return false;
            // Listed only as people's names: a list that knows the word as anything else decides against.
            if (matches.Longest(k) is { Entry: { } listed }
                && (!listed.Is(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.FamilyNameFirst)
                    || listed.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion | GazetteerKind.Demonym
                        | GazetteerKind.PersonTitle | GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix | GazetteerKind.KnownOrganization))) return false;
        }
        return true;
    }
}
