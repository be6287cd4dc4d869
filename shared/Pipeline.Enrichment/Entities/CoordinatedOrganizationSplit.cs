using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "divested from Whitehaven Coal and New Hope Corp": the tagger reads two companies joined by
/// "and" as one. When both sides have two words or more, the left one holds a head word of its own
/// and the right one ends in a legal form or an organisation's head word, they are two names. One word before "and" stays one name
/// ("Marks and Spencer Group", "Oil and Natural Gas Corporation"), and so does a single word
/// before the head after it ("China Road and Bridge Corporation"). Two listed places or organisations
/// joined by "and" ("Kenya and Ethiopia signed") are two names, whatever the tagger made of them.
/// </summary>
internal static class CoordinatedOrganizationSplit
{
    public static void Apply(List<Token> tokens, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var s = spans.Count - 1; s >= 0; s--)
        {
            var (first, last, type, source, entry) = spans[s];
            if (type is "LOC" or "ORG" && entry is null && SplitListed(tokens, spans, s, matches)) continue;
            if (type == "LOC" && entry is null && SplitPlaces(tokens, spans, s, matches)) continue;
            if (type == "ORG" && entry is null && SplitAfterWholeName(tokens, spans, s, matches)) continue;
            if (type == "ORG" && entry is null && SplitParallelBodies(tokens, spans, s, matches)) continue;
            if (type == "ORG" && entry is null && SplitAfterRemit(tokens, spans, s, matches)) continue;
            if (type == "ORG" && entry is null && SplitPeopleAfterRole(tokens, spans, s, matches)) continue;
            if (type != "ORG" || entry is not null || last - first < 5) continue;
            var and = tokens.FindIndex(first + 2, last - first - 2, t => t.Text == "and");
            // The left side must read as a name of its own, ending in a head word ("Whitehaven Coal", "Dana Gas"): "Korea Mine
            // Rehabilitation and Mineral Resources Corporation" and "African Union Support and Stabilization Mission" are one body.
            // "Erie County Board of Commissioners and Sandusky City Commission": a board named by its members is a name of its own.
            var board = and >= 0 && IsBoardOfMembers(tokens, first, and);
            if (and < 0 || last - (and + 1) < 2 || !EndsInHead(matches, last - 1) || !(HasHead(matches, first, and) || board)
                || OrganizationRunJoins.JoinsFields(tokens, and)
                // "Senate Energy and Natural Resources Committee": a committee is named by the fields it oversees.
                || tokens[last - 1].Text is "Committee" or "Subcommittee") continue;
            if (!(PlaceNameRule.AllCapitalised(tokens, first, and) || board) || !PlaceNameRule.AllCapitalised(tokens, and + 1, last)) continue;
            spans[s] = (first, and, "ORG", source + "+rule:split-and", null);
            spans.Add((and + 1, last, "ORG", source + "+rule:split-and", null));
        }
    }

    // "signed by presidents Sadyr Japarov and Emomali Rahmon": two or three capitalised words on each side of "and", after a plural
    // role that says people follow and with no head word of a body among them, are two people, not one organisation.
    private static bool SplitPeopleAfterRole(List<Token> tokens, List<NameSpan> spans, int s, GazetteerMatches matches)
    {
        var (first, last, _, source, _) = spans[s];
        if (first == 0 || tokens[first - 1].Text is not ("presidents" or "leaders" or "ministers" or "premiers" or "counterparts")) return false;
        var and = tokens.FindIndex(first, last - first, t => t.Text == "and");
        if (and - first is not (2 or 3) || last - (and + 1) is not (2 or 3) || !PlaceNameRule.AllCapitalised(tokens, first, and)
            || !PlaceNameRule.AllCapitalised(tokens, and + 1, last) || HasHeadWord(tokens, matches, first, last)) return false;
        spans[s] = (first, and, "PER", source + "+rule:split-people", null);
        spans.Add((and + 1, last, "PER", source + "+rule:split-people", null));
        return true;
    }

    // "Ashur International Bank for Investment and Sumer Gate Bank", "Gulf Fund for Development and Harbour Line Company": a body
    // named by its head word and what it is for or of, then "and" and three or more capitalised words that end in a strong head
    // word of their own, are two bodies. A portfolio after "and" ("Department of Foreign Affairs and Trade", "Bank for
    // Development and Investment") and two fields ("Department of Health and Human Services") stay one.
    private static bool SplitAfterRemit(List<Token> tokens, List<NameSpan> spans, int s, GazetteerMatches matches)
    {
        var (first, last, _, source, _) = spans[s];
        if (last - first < 7) return false;
        var and = -1;
        for (var k = last - 4; k > first + 2 && and < 0; k--)
            if (tokens[k].Text == "and") and = k;
        if (and < 0 || !PlaceNameRule.AllCapitalised(tokens, and + 1, last) || OrganizationRunJoins.JoinsFields(tokens, and)
            || !OrganizationNameRule.IsStrongHead(tokens[last - 1].Text, matches.Single(last - 1))) return false;
        var remit = -1;
        for (var k = first + 1; k < and - 1 && remit < 0; k++)
            if (tokens[k].Text is "for" or "of" && OrganizationNameRule.IsStrongHead(tokens[k - 1].Text, matches.Single(k - 1))) remit = k;
        if (remit < 0 || !PlaceNameRule.AllCapitalised(tokens, first, remit) || !PlaceNameRule.AllCapitalised(tokens, remit + 1, and)) return false;
        spans[s] = (first, and, "ORG", source + "+rule:split-and", null);
        spans.Add((and + 1, last, "ORG", source + "+rule:split-and", null));
        return true;
    }

    // "Erie County Board of Commissioners", "Board of Supervisors": capitalised words, then "Board of" and one capitalised word.
    private static bool IsBoardOfMembers(List<Token> tokens, int first, int and) =>
        and - first >= 3 && tokens[and - 2].Text == "of" && tokens[and - 3].Text == "Board" && char.IsUpper(tokens[and - 1].Text[0])
        && PlaceNameRule.AllCapitalised(tokens, first, and - 2);

    /// <summary>
    /// "Tokyo Electron and Micron deepen ties", where the document names "Tokyo Electron" on its own
    /// elsewhere: an organisation whose words before "and" are an organisation the document names by
    /// itself is two, however short the sides (a headline names its companies bare). "Marks and
    /// Spencer" stays whole, as long as the text never names "Marks" alone as a company, and so does
    /// "Ministry of Foreign Affairs and Trade", as long as it never names "Trade" alone.
    /// </summary>
    public static List<EntitySpan> SplitKnownNames(string text, List<EntitySpan> spans)
    {
        List<EntitySpan>? split = null;
        Dictionary<string, List<EntitySpan>>? byName = null;
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            var and = span.Type == EntityTypes.Organization ? span.Text.IndexOf(" and ", StringComparison.Ordinal) : -1;
            if (and <= 0 || and + 5 >= span.Text.Length || !char.IsUpper(span.Text[and + 5]))
            {
                split?.Add(span);
                continue;
            }
            // Built once, and only for a text that has such a name: asking every span against every other was quadratic.
            byName ??= spans.GroupBy(o => o.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var left = new EntitySpan(span.Start, span.Start + and, span.Text[..and], span.Type, span.Source + "+rule:split-and") { AfterWord = span.AfterWord };
            var rightStart = span.Start + and + 5;
            var right = new EntitySpan(rightStart, span.End, text[rightStart..span.End], span.Type, span.Source + "+rule:split-and");
            // "Department of Foreign Affairs and Trade" beside "the Department of Foreign Affairs in Manila": after "of" or
            // "for", "and" joins the portfolios of one body, unless the document names the right side alone too.
            var portfolio = (left.Name.Contains(" of ", StringComparison.Ordinal) || left.Name.Contains(" for ", StringComparison.Ordinal))
                && !(byName.TryGetValue(right.Name, out var rightAlone) && ElsewhereAt(rightAlone, span) >= 0);
            // "Oudomxay and Bokeo have had the same", where the document names "Bokeo" as a place elsewhere: two single words, one of
            // them a place of the text, are two places.
            if (!portfolio && IsPlacePair(left, right, span, byName))
            {
                split ??= spans.Take(s).ToList();
                split.Add(left with { Type = EntityTypes.Location });
                split.Add(right with { Type = EntityTypes.Location });
                continue;
            }
            if (portfolio || !(byName.TryGetValue(left.Name, out var alone) && ElsewhereAt(alone, span, EntityTypes.Organization) >= 0))
            {
                split?.Add(span);
                continue;
            }
            split ??= spans.Take(s).ToList();
            split.Add(left);
            split.Add(byName.TryGetValue(right.Name, out var named) && ElsewhereAt(named, span) is var at and >= 0 ? right with { Type = named[at].Type } : right);
        }
        return split ?? spans;
    }

    private static bool IsPlacePair(EntitySpan left, EntitySpan right, EntitySpan span, Dictionary<string, List<EntitySpan>> byName) =>
        !left.Name.Contains(' ') && !right.Name.Contains(' ') && (IsPlaceElsewhere(left.Name, span, byName) || IsPlaceElsewhere(right.Name, span, byName));

    private static bool IsPlaceElsewhere(string name, EntitySpan span, Dictionary<string, List<EntitySpan>> byName) =>
        byName.TryGetValue(name, out var mentions) && ElsewhereAt(mentions, span, EntityTypes.Location) >= 0;

    // The first of the mentions that lies outside the span (of the type, if asked), or -1. A loop: lambdas over the span
    // made a closure for every span of the text.
    private static int ElsewhereAt(List<EntitySpan> mentions, EntitySpan span, string? type = null)
    {
        for (var k = 0; k < mentions.Count; k++)
            if (!mentions[k].Overlaps(span.Start, span.End) && (type is null || mentions[k].Type == type)) return k;
        return -1;
    }

    // "Kenya and Ethiopia", "the Federal Bureau of Investigation and Homeland Security Investigations": each side of "and"
    // a listed place or a listed organisation, as it stands, makes two names.
    private static bool SplitListed(List<Token> tokens, List<NameSpan> spans, int s, GazetteerMatches matches)
    {
        var (first, last, _, source, _) = spans[s];
        // Every "and" is tried: "Agriculture and Agri-Food Canada and Global Affairs Canada" splits at the second.
        for (var and = first + 1; and < last - 1; and++)
        {
            if (tokens[and].Text != "and" || Listed(matches, first, and) is not (var leftType, var left) || Listed(matches, and + 1, last) is not (var rightType, var right)) continue;
            spans[s] = (first, and, leftType, source + "+rule:split-and", left);
            spans.Add((and + 1, last, rightType, source + "+rule:split-and", right));
            return true;
        }
        return false;
    }

    // "families from Tel Abyad and Kafr Nabl", "Wadi Rum and Ein Gedi": a place the tagger ran on over "and" into another is
    // two, when each side reads as a place by itself: a listed place, or two words or more opened by a place word.
    private static bool SplitPlaces(List<Token> tokens, List<NameSpan> spans, int s, GazetteerMatches matches)
    {
        var (first, last, _, source, _) = spans[s];
        var and = tokens.FindIndex(first + 1, last - first - 1, t => t.Text == "and");
        if (and < 0 || !ReadsAsPlace(tokens, matches, first, and) || !ReadsAsPlace(tokens, matches, and + 1, last)) return false;
        spans[s] = (first, and, "LOC", source + "+rule:split-and", matches.ExactlyPlace(first, and));
        spans.Add((and + 1, last, "LOC", source + "+rule:split-and", matches.ExactlyPlace(and + 1, last)));
        return true;
    }

    private static bool ReadsAsPlace(List<Token> tokens, GazetteerMatches matches, int from, int to) =>
        matches.ExactlyPlace(from, to) is not null
        || (to - from >= 2 && PlaceNameRule.IsPlaceFirstWord(tokens[from].Text) && char.IsUpper(tokens[to - 1].Text[0]));

    // The type and entry of a listed place, or else of a listed organisation, that spans exactly tokens [from, to).
    private static (string Type, GazetteerEntry Entry)? Listed(GazetteerMatches matches, int from, int to) =>
        matches.ExactlyPlace(from, to) is { } place ? ("LOC", place)
        : matches.Exactly(from, to) is { } organization && organization.Is(GazetteerKind.KnownOrganization) ? ("ORG", organization)
        : null;

    /// <summary>
    /// "Citigroup and Standard Bank", "Hiroshima University and Micron": the left side is a whole
    /// name of its own, a listed organisation or capitalised words that end in an institution's head
    /// word ("University", "Bank", not a trade such as "Energy"), and one to three capitalised words
    /// follow "and". A name that goes on after its head ("Bank of Industry and Mines") has "of" on the
    /// left and is left alone.
    /// </summary>
    private static bool SplitAfterWholeName(List<Token> tokens, List<NameSpan> spans, int s, GazetteerMatches matches)
    {
        var (first, last, _, source, _) = spans[s];
        var and = tokens.FindIndex(first + 1, last - first - 1, t => t.Text == "and");
        if (and < 0 || last - (and + 1) is < 1 or > 3 || !PlaceNameRule.AllCapitalised(tokens, first, and) || !PlaceNameRule.AllCapitalised(tokens, and + 1, last)) return false;
        // "Cyprus Securities and Exchange Commission": two fields that "and" joins are one body's, though "Securities" heads names.
        if (OrganizationRunJoins.JoinsFields(tokens, and)) return false;
        var listed = matches.Exactly(first, and) is { } left && left.Is(GazetteerKind.KnownOrganization);
        var headed = and - first >= 2 && matches.Single(and - 1) is { } head && head.Is(GazetteerKind.OrganizationHead)
            && !OrganizationNameRule.WeakHeads.Contains(tokens[and - 1].Text);
        if (!listed && !headed) return false;
        spans[s] = (first, and, "ORG", source + "+rule:split-and", matches.Exactly(first, and));
        var right = matches.Exactly(and + 1, last);
        spans.Add((and + 1, last, matches.ExactlyPlace(and + 1, last) is not null ? "LOC" : "ORG", source + "+rule:split-and", right));
        return true;
    }

    /// <summary>
    /// "the Government of the Republic of North Macedonia and the Government of the Republic of Albania", "the Aga Khan Fund
    /// for Economic Development and the Government of Tajikistan": "and the", then a body's head word and "of", opens a second
    /// body. "Cook Islands Football Association and Football Federation American Samoa": a side that ends in a body's head word,
    /// with no "of" or "for" in it, and capitalised words holding another head word after "and", are two bodies too.
    /// </summary>
    private static bool SplitParallelBodies(List<Token> tokens, List<NameSpan> spans, int s, GazetteerMatches matches)
    {
        var (first, last, _, source, _) = spans[s];
        for (var and = first + 2; and + 3 < last; and++)
        {
            if (tokens[and].Text != "and") continue;
            var right = -1;
            if (tokens[and + 1].Text == "the" && and + 4 < last && tokens[and + 3].Text is "of" or "for"
                && IsBodyHead(tokens, matches, and + 2)
                && HasHeadWord(tokens, matches, first, and))
                right = and + 2;
            // "the Law Society of Ireland and the Bar of Ireland": two bodies of one country, each named "... of" it.
            else if (tokens[and + 1].Text == "the" && and + 4 < last && tokens[and + 3].Text == "of" && and - first >= 3 && tokens[and - 2].Text == "of"
                && tokens[and - 1].Text == tokens[last - 1].Text && char.IsUpper(tokens[and + 2].Text[0]))
                right = and + 2;
            else if (and - first >= 2 && OrganizationNameRule.IsStrongHead(tokens[and - 1].Text, matches.Single(and - 1)) && last - and > 2
                && PlaceNameRule.AllCapitalised(tokens, first, and) && PlaceNameRule.AllCapitalised(tokens, and + 1, last) && HasHeadWord(tokens, matches, and + 1, last))
                right = and + 1;
            if (right < 0) continue;
            spans[s] = (first, and, "ORG", source + "+rule:split-and", null);
            spans.Add((right, last, "ORG", source + "+rule:split-and", null));
            return true;
        }
        return false;
    }

    private static bool HasHeadWord(List<Token> tokens, GazetteerMatches matches, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (IsBodyHead(tokens, matches, k)) return true;
        return false;
    }

    // A body's strong head word ("Fund", "Association"), or "Government", which heads names though no list has it as a head.
    private static bool IsBodyHead(List<Token> tokens, GazetteerMatches matches, int k) =>
        tokens[k].Text == "Government" || OrganizationNameRule.IsStrongHead(tokens[k].Text, matches.Single(k));

    // The side ends in a head word or a legal form, or is a listed organisation as it stands ("African Union Support" is neither).
    private static bool HasHead(GazetteerMatches matches, int from, int to) =>
        EndsInHead(matches, to - 1) || (matches.Exactly(from, to) is { } entry && entry.Is(GazetteerKind.KnownOrganization));

    private static bool EndsInHead(GazetteerMatches matches, int k) =>
        matches.Single(k) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix);
}
