namespace Pipeline.Enrichment;

/// <summary>
/// Document-level decisions about name mentions: one type per name (the majority of its
/// mentions), later repetitions the tagger missed, surnames resolved to the full name, and a
/// listed short form ("UN") grouped under its full form when the document also uses that.
/// </summary>
internal static class MentionLinker
{
    public static List<EntitySpan> Link(string text, List<Token> tokens, List<EntitySpan> spans)
    {
        spans = JoinKnownSurnames(text, tokens, spans);
        var types = VoteTypes(spans);
        var people = new List<string>();
        foreach (var (name, type) in types)
            if (type == EntityTypes.Person && name.Contains(' ')) people.Add(name);
        var resolver = new ShortNameResolver(people);
        var kept = new List<EntitySpan>(spans.Count);
        foreach (var span in spans)
            if (!IsSurnamePair(span, resolver)) kept.Add(span);
        // The vote is taken again only where a pair of surnames went: the same spans give the same types.
        if (kept.Count < spans.Count) types = VoteTypes(kept);
        spans = kept;
        CompaniesBeforeTitles(tokens, spans, types);
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var span in spans)
            if (span.Type == EntityTypes.Person && span.Name.Contains(' ')) firstSeen.TryAdd(span.Name, span.Start);
        var linked = new List<EntitySpan>(spans.Count);
        foreach (var span in spans) linked.Add(Retype(text, span, types, resolver, firstSeen));
        linked.AddRange(Repetitions(text, tokens, linked, types, resolver, firstSeen));

        linked = OrganizationShortForms.Link(text, tokens, linked);
        linked = PlaceShortForms(linked);
        var legalForms = LegalForms(linked);
        // The list is this method's own by now (the short-form steps return their input or a new list): changed in place.
        for (var k = 0; k < linked.Count; k++) linked[k] = WithoutLegalForm(linked[k], legalForms);
        // "VATICAN CITY —" and later "the Vatican": a dateline is written in capitals, and is there under its name in title case;
        // so is a masthead ("DANUBE LEDGER").
        var surfaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in linked) surfaces.Add(InCapitals(s) && s.Canonical is { } titleCase ? titleCase : s.Name);
        var countries = CountryNamesUsed(linked, surfaces);
        var sorted = true;
        for (var k = 0; k < linked.Count; k++)
        {
            var s = linked[k];
            // England, Scotland and Wales are listed under the United Kingdom but are places of their own, also where the text
            // names the United Kingdom too ("registered in England and Wales" over "London, United Kingdom").
            if (s.Canonical is { } full && full != s.Name && (!surfaces.Contains(full) || s.Name is "England" or "Scotland" or "Wales") && !InCapitals(s))
                linked[k] = s with { Canonical = s.Type == EntityTypes.Location && countries.TryGetValue(full, out var used) ? used : null };
            sorted &= k == 0 || linked[k - 1].Start <= s.Start;
        }
        return sorted ? linked : InTextOrder(linked);
    }

    private static bool InCapitals(EntitySpan span) => span.Source is "rule:dateline" or "rule:masthead" || (span.Source == "rule:byline" && span.Canonical is not null);

    // By start, mentions that start together in the order given (what a stable OrderBy gave): the position breaks ties.
    private static List<EntitySpan> InTextOrder(List<EntitySpan> spans)
    {
        var keys = new long[spans.Count];
        var items = spans.ToArray();
        for (var k = 0; k < keys.Length; k++) keys[k] = ((long)items[k].Start << 32) | (uint)k;
        Array.Sort(keys, items);
        return [.. items];
    }

    // "Congo" and "Democratic Republic of Congo", "U.S." and "America": two short forms of one listed country, whose
    // list name the text never writes, are one place under the longest form the text uses. England, Scotland and
    // Wales are listed under the United Kingdom but are places of their own.
    private static Dictionary<string, string> CountryNamesUsed(List<EntitySpan> spans, HashSet<string> surfaces)
    {
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            if (span.Type != EntityTypes.Location || span.Canonical is not { } full || surfaces.Contains(full) || span.Name is "England" or "Scotland" or "Wales") continue;
            if (!used.TryGetValue(full, out var longest)) { used[full] = span.Name; counts[full] = 1; continue; }
            if (longest == span.Name) continue;
            counts[full]++;
            if (span.Name.Length > longest.Length) used[full] = span.Name;
        }
        foreach (var (full, count) in counts)
            if (count < 2) used.Remove(full);
        return used;
    }

    // "Minister Serik Zhumagaliyev" where the tagger stopped after "Serik": a capitalised word right
    // after a person's mention, that the document names elsewhere as a person on its own, is the
    // rest of that name; so is a hyphenated surname after a lone given name.
    private static List<EntitySpan> JoinKnownSurnames(string text, List<Token> tokens, List<EntitySpan> spans)
    {
        var single = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in spans)
            if (s.Type == EntityTypes.Person && !s.Name.Contains(' ')) single.Add(s.Name);
        if (single.Count == 0) return spans;
        var others = new HashSet<int>();
        foreach (var s in spans)
            if (s.Type != EntityTypes.Person) others.Add(s.Start);
        var absorbed = new HashSet<int>();
        var joined = new List<EntitySpan>(spans.Count);
        foreach (var span in spans) joined.Add(Joined(span));
        // The person mention the joined word was on its own is now part of the longer one.
        if (absorbed.Count > 0) joined.RemoveAll(s => absorbed.Contains(s.Start));
        return joined;

        EntitySpan Joined(EntitySpan span)
        {
            if (span.Type != EntityTypes.Person || span.End + 1 >= text.Length || text[span.End] != ' ' || !char.IsUpper(text[span.End + 1]))
                return span;
            var next = TokenSearch.IndexAt(tokens, span.End + 1);
            if (next < 0 || others.Contains(tokens[next].Start)) return span;
            // "Foreign Minister Taye Atske Selassie", later "Selassie": one capitalised word may stand between.
            if (!single.Contains(tokens[next].Text) && next + 1 < tokens.Count && tokens[next + 1].Start == tokens[next].End + 1
                && single.Contains(tokens[next + 1].Text) && !others.Contains(tokens[next + 1].Start) && !single.Contains(tokens[next].Text)
                && IsPlainNameWord(tokens[next].Text))
                next++;
            // "President Netumbo Nandi-Ndaitwah" where the tagger stopped after the given name: a
            // hyphenated pair of name words no list knows is the surname.
            var hyphenated = !span.Name.Contains(' ') && IsHyphenatedSurname(tokens[next].Text);
            if ((!single.Contains(tokens[next].Text) && !hyphenated) || span.Name.EndsWith(tokens[next].Text, StringComparison.Ordinal)) return span;
            absorbed.Add(tokens[next].Start);
            return new EntitySpan(span.Start, tokens[next].End, text[span.Start..tokens[next].End], span.Type, span.Source) { AfterWord = span.AfterWord };
        }
    }

    // Two capitalised words of letters joined by a hyphen, that the lists do not know as a country, a
    // world region, a title or an organisation, and of which one at most is a listed place: "Nandi"
    // is a county too, but "Russia-Ukraine" and "Indo-Pacific" are no one's surname.
    private static bool IsHyphenatedSurname(string word)
    {
        var parts = word.Split('-');
        if (parts.Length != 2 || Lexicon.Instance.Phrases.Lookup(word) is not null) return false;
        var places = 0;
        foreach (var part in parts)
        {
            if (part.Length < 2 || !char.IsUpper(part[0]) || !CharChecks.RestLower(part)) return false;
            if (Lexicon.Instance.Phrases.Lookup(part) is not { } entry) continue;
            if (entry.Is(GazetteerKind.Country | GazetteerKind.WorldRegion | GazetteerKind.PersonTitle | GazetteerKind.KnownOrganization
                | GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix | GazetteerKind.Demonym)) return false;
            if (entry.Is(GazetteerKind.City | GazetteerKind.Region) && ++places > 1) return false;
        }
        return true;
    }

    // A capitalised word of letters that no list knows (not a title, a place, an organisation word).
    private static bool IsPlainNameWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && CharChecks.RestLower(word) && Lexicon.Instance.Phrases.Lookup(word) is null;

    // Per name, the type with the most weight; on a tie, the type met first. Summed in one pass: grouping
    // twice with LINQ per call showed in traces.
    // The tallies of all names are one list, each name's chained in the order its types were met: a list per name
    // was most of what voting allocated.
    private static Dictionary<string, string> VoteTypes(List<EntitySpan> spans)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        var tallies = new List<(string Type, int Weight, int Next)>(spans.Count);
        foreach (var span in spans)
        {
            if (!votes.TryGetValue(span.Name, out var at))
            {
                votes[span.Name] = tallies.Count;
                tallies.Add((span.Type, VoteWeight(span), -1));
                continue;
            }
            while (tallies[at].Type != span.Type && tallies[at].Next >= 0) at = tallies[at].Next;
            if (tallies[at].Type == span.Type) tallies[at] = (span.Type, tallies[at].Weight + VoteWeight(span), tallies[at].Next);
            else
            {
                tallies[at] = (tallies[at].Type, tallies[at].Weight, tallies.Count);
                tallies.Add((span.Type, VoteWeight(span), -1));
            }
        }
        var types = new Dictionary<string, string>(votes.Count, StringComparer.Ordinal);
        foreach (var (name, first) in votes)
        {
            var best = tallies[first];
            for (var k = best.Next; k >= 0; k = tallies[k].Next)
                if (tallies[k].Weight > best.Weight) best = tallies[k];
            types[name] = best.Type;
        }
        return types;
    }

    // "Codelco Chairman Maximo Pacheco": a one-word name that the tagger took for a person or a place, that no list knows, written
    // anywhere right before a title held only in a company and a name, is the company.
    private static void CompaniesBeforeTitles(List<Token> tokens, List<EntitySpan> spans, Dictionary<string, string> types)
    {
        Dictionary<int, string>? namesByEnd = null;
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (CompanyTitleEnd(tokens, i) is not { } after || after >= tokens.Count || !char.IsUpper(tokens[after].Text[0]) || tokens[i].Start != tokens[i - 1].End + 1) continue;
            var name = tokens[i - 1].Text;
            if (types.TryGetValue(name, out var type) && type is EntityTypes.Person or EntityTypes.Location && Lexicon.Instance.Phrases.Lookup(name) is null)
            {
                types[name] = EntityTypes.Organization;
                continue;
            }
            // "Hanwha Ocean CEO Kim Hee-chul", "Irving Shipbuilding chairman Ruth Lee": a name of two or three words the
            // tagger read as a place or a person, that no list knows.
            namesByEnd ??= spans.Where(s => s.Name.Contains(' ')).GroupBy(s => s.End).ToDictionary(g => g.Key, g => g.First().Name);
            if (namesByEnd.TryGetValue(tokens[i - 1].End, out var longer) && longer.Count(c => c == ' ') <= 2
                && types.TryGetValue(longer, out var longerType) && longerType is EntityTypes.Person or EntityTypes.Location
                && Lexicon.Instance.Phrases.Lookup(longer) is null)
                types[longer] = EntityTypes.Organization;
        }
    }

    // The token after a company title at i: "Chairman", "CEO", and in lower case "chief executive", "chairman",
    // "founder" ("Eskom chief executive Dan Marokane"); null when i holds none.
    private static int? CompanyTitleEnd(List<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        // Every company title opens with a C or an F: most words are out at their first letter.
        if (word.Length < 3 || (word[0] | 0x20) is not ('c' or 'f')) return null;
        if (EmployerRule.CompanyTitles.Contains(word) && word != "Chief") return i + 1;
        if (word is "chairman" or "chairwoman" or "founder" or "co-founder") return i + 1;
        if (word is not ("Chief" or "chief")) return null;
        var k = i + 1;
        while (k < tokens.Count && tokens[k].Text is "executive" or "financial" or "operating" or "officer" or "Executive" or "Financial" or "Operating" or "Officer") k++;
        return k > i + 1 || word == "Chief" ? k : null;
    }

    // A list outweighs one guess of the tagger; words around a mention that say what it is ("shares of
    // Kroger", "analysts at Jefferies") outweigh the tagger's guesses at the bare name elsewhere, however
    // many ("Rheinmetall" read as a person three times before "Shares in Rheinmetall rose"), also where the
    // tagger left that mention out and the words alone found it ("Pilbara shares rose").
    private static int VoteWeight(EntitySpan span) =>
        span.Source.StartsWith("gazetteer", StringComparison.Ordinal) ? 2
        : span.Source.EndsWith("rule:shares", StringComparison.Ordinal) || span.Source.EndsWith("+rule:employer", StringComparison.Ordinal)
            || span.Source.EndsWith("+rule:publisher", StringComparison.Ordinal) ? 10
        : 1;

    private static EntitySpan Retype(string text, EntitySpan span, Dictionary<string, string> types, ShortNameResolver resolver, Dictionary<string, int> firstSeen)
    {
        // "Colombia" after "Migración Colombia" read as a person: a listed country that the tagger and the lists take for a place
        // stays the place, and is no one's short name.
        if (!span.Source.StartsWith("gazetteer", StringComparison.Ordinal) && resolver.Resolve(span.Name) is { } full && full != span.Name
            && !(span.Type == EntityTypes.Location && span.Source.Contains("gazetteer", StringComparison.Ordinal)
                && Lexicon.Instance.Phrases.Lookup(span.Name) is { } country && country.Is(GazetteerKind.Country)))
            return span with { Type = EntityTypes.Person, Canonical = full };
        var type = types[span.Name];
        var lonePlace = IsLonePlaceWord(span, type);
        var listed = lonePlace ? Lexicon.Instance.Phrases.Lookup(span.Name) : null;
        if ((type == EntityTypes.Person || (lonePlace && listed is not null && listed.Is(GazetteerKind.FamilyNameFirst) && !listed.Is(~GazetteerKind.FamilyNameFirst)))
            && !span.Name.Contains(' ') && resolver.Nearest(span.Name, span.Start, firstSeen) is { } nearest)
            return span with { Type = EntityTypes.Person, Canonical = nearest };
        // "Mr. Chaiwat", "Mr. Prak": a lone word after an honorific, or that the document takes for a person, is the
        // person whose full name it opens, where that name is the only one it opens. "Morimoto said" after Morimoto Kazuhiro
        // (a Japanese name written family name first) is him too, where the tagger took the word for a place no list knows.
        // The place word only after the full name: a place the text names first is no short form of a name after it.
        var personWord = type == EntityTypes.Person || span.AfterWord is "Mr." or "Mr" or "Ms." or "Ms" or "Mrs." or "Mrs" or "Dr." or "Dr" or "Madam";
        if ((personWord || (lonePlace && listed is null))
            && !span.Name.Contains(' ') && !span.Source.StartsWith("gazetteer", StringComparison.Ordinal)
            && resolver.ResolveFirstWord(span.Name) is { } opened && opened != span.Name
            && (personWord || (firstSeen.TryGetValue(opened, out var seen) && seen < span.Start)))
            return span with { Type = EntityTypes.Person, Canonical = opened };
        // "analysts at Jefferies", "investments by Bosch": a lone name that no full name explains,
        // after "at", "by" or "from", is an organisation rather than a person.
        // "rejected by Trump" stays a person: a person news names by one word is listed.
        // "all from Ceban's National Alternative Movement" stays one too: before a possessive the name owns what the
        // preposition governs, and the preposition says nothing of it.
        if (type == EntityTypes.Person && !span.Name.Contains(' ') && span.Source == "tagger" && span.AfterWord is "at" or "by" or "from"
            && !Lexicon.Instance.KnownPeople.Contains(span.Name) && !IsBeforePossessive(text, span.End))
            return span with { Type = EntityTypes.Organization, Source = "tagger+rule:preposition" };
        // Most spans keep their type: the span itself, not a copy that works its name out again.
        return span.Type == type ? span : span with { Type = type };
    }

    // A word of the tagger's alone that the document takes for a place: "Morimoto", which no list knows, stands for the person
    // whose name it opens; "Baek", which only the family names written first know, for the one of that name named last before it.
    private static bool IsLonePlaceWord(EntitySpan span, string type) =>
        type == EntityTypes.Location && span.Source == "tagger" && !span.Name.Contains(' ');

    // "Ceban's", "Ceban’s": a possessive right after the mention that ends at <paramref name="end"/>.
    private static bool IsBeforePossessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2]));

    // "Siemens Energy" after "Siemens Energy AG" is the same company without its legal form, even
    // where the tagger took the short form for a place or a person ("Hapag-Lloyd fell 2 percent").
    private static EntitySpan WithoutLegalForm(EntitySpan span, Dictionary<string, string> legalForms)
    {
        if (span.Canonical is not null || !legalForms.TryGetValue(span.Name, out var longer)) return span;
        if (span.Type == EntityTypes.Organization) return span with { Canonical = longer };
        return span.Type is EntityTypes.Location or EntityTypes.Person && !span.Source.StartsWith("gazetteer", StringComparison.Ordinal)
            ? span with { Type = EntityTypes.Organization, Canonical = longer, Source = span.Source + "+rule:legal-form" }
            : span;
    }

    /// <summary>
    /// Each organisation name that ends in a legal form ("Siemens Energy AG"), by the name without
    /// it ("Siemens Energy"); where two names share that, the first found. Built once, by
    /// distinct name: asking every mention against every other one was quadratic in a long text.
    /// </summary>
    private static Dictionary<string, string> LegalForms(List<EntitySpan> all)
    {
        var byShortName = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in all)
            if (span.Type == EntityTypes.Organization && seen.Add(span.Name)) names.Add(span.Name);
        // Only where the words before a space are themselves a name in the document (of any type: the
        // tagger may have typed the short form otherwise) is the rest looked up in the lists.
        var found = all.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var organizations = found.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var name in names)
            for (var space = name.IndexOf(' '); space >= 0; space = name.IndexOf(' ', space + 1))
            {
                // "MUFG Bank, Ltd.": the short name leaves the comma off with the legal form.
                var end = name[space - 1] == ',' ? space - 1 : space;
                if (organizations.Contains(name.AsSpan(0, end)) && (end < space ? LegalFormAfterComma.IsForm(name.AsSpan(space + 1)) : IsCorporateTail(name[(space + 1)..])))
                    byShortName.TryAdd(name[..end], name);
            }
        return byShortName;
    }

    // What a company's short name leaves off: a legal form ("AG", "Corp"), or the group or carmaker word with or
    // without one ("Toyota Motor Corp", "SoftBank Group Corp", "Mubadala Investment Company", then "Toyota", "SoftBank", "Mubadala"). A trade such as
    // "Energy" is not left off: Siemens Energy is not Siemens.
    private static bool IsCorporateTail(string rest)
    {
        if (IsLegalForm(rest)) return true;
        var space = rest.IndexOf(' ');
        var word = space < 0 ? rest : rest[..space];
        return word is "Motor" or "Motors" or "Group" or "Holdings" or "Investment" or "Investments" or "Industries" or "Technologies" && (space < 0 || rest[(space + 1)..] is "Company" || IsLegalForm(rest[(space + 1)..]));
    }

    private static bool IsLegalForm(string words) =>
        Lexicon.Instance.Phrases.Lookup(words) is { } entry && entry.Is(GazetteerKind.OrganizationSuffix);

    // "Hakim-Borisov" is two people, not one name: the tagger's span goes, and each part is linked below.
    private static bool IsSurnamePair(EntitySpan span, ShortNameResolver resolver)
    {
        // Most names hold no hyphen: no array to split them into.
        if (!span.Name.Contains('-') || span.Name.Contains(' ')) return false;
        var parts = span.Name.Split('-');
        return parts.All(p => resolver.Resolve(p) is not null);
    }

    /// <summary>
    /// "the Vakhsh River", then "the Vakhsh": a river, a sea or a range named once in full is named after by its first
    /// words, whatever the tagger took them for. A name the lists know stays itself ("the Congo River", then "Congo").
    /// </summary>
    private static List<EntitySpan> PlaceShortForms(List<EntitySpan> spans)
    {
        var byShortName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var span in spans)
        {
            if (span.Type != EntityTypes.Location || span.Canonical is not null || span.Name.LastIndexOf(' ') is not (> 0 and var space)
                || !PlaceNameRule.NaturalFeatureWords.Contains(span.Name[(space + 1)..])) continue;
            var shortName = span.Name[..space];
            byShortName[shortName] = byShortName.TryGetValue(shortName, out var known) && known != span.Name ? null : span.Name;
        }
        if (byShortName.Count == 0) return spans;
        return spans.Select(s => s.Canonical is null && s.Type is EntityTypes.Location or EntityTypes.Organization or EntityTypes.Person
            && !s.Source.StartsWith("gazetteer", StringComparison.Ordinal) && byShortName.GetValueOrDefault(s.Name) is { } full
            && Lexicon.Instance.Phrases.Lookup(s.Name) is null
                ? s with { Type = EntityTypes.Location, Canonical = full } : s).ToList();
    }

    /// <summary>Occurrences of names already found, and of known surnames, that no span covers yet.</summary>
    private static IEnumerable<EntitySpan> Repetitions(string text, List<Token> tokens, List<EntitySpan> spans, Dictionary<string, string> types, ShortNameResolver resolver,
        Dictionary<string, int> firstSeen)
    {
        var covered = new SpanCoverage(text.Length, spans);
        // By first word, longest name first (names of one length in the order met).
        var names = new Dictionary<string, List<(string Name, string[] Tokens)>>(StringComparer.Ordinal);
        foreach (var name in types.Keys)
        {
            var nameTokens = NameTokens(name);
            if (nameTokens.Length == 0 || !char.IsUpper(nameTokens[0][0]) || IsGenericWord(nameTokens)) continue;
            if (!names.TryGetValue(nameTokens[0], out var group)) names[nameTokens[0]] = group = [];
            var at = group.Count;
            while (at > 0 && group[at - 1].Tokens.Length < nameTokens.Length) at--;
            group.Insert(at, (name, nameTokens));
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (covered.Overlaps(token.Start, token.Start + 1) || token.Text.Length < 2 || !char.IsUpper(token.Text[0])) continue;
            if (names.TryGetValue(token.Text, out var candidates) && FirstMatch(candidates, tokens, i) is { Name: not null } match)
            {
                var end = tokens[i + match.Tokens.Length - 1].End;
                if (covered.Overlaps(token.Start, end) || NameSpanChecks.IsShareButton(text, token) || (match.Tokens.Length == 1 && NameSpanChecks.IsGerundAtStart(text, tokens, i))) continue;
                var repeated = Retype(text, new EntitySpan(token.Start, end, text[token.Start..end], types[match.Name], "propagation"), types, resolver, firstSeen);
                // "WHY NAIROBI, WHY NOW" after the dateline "NAIROBI,", "MORE FROM EL FARO ANDINO" after the masthead: a name
                // in capitals repeats the dateline's or the masthead's mention, and is there under its name in title case too.
                if (repeated.Canonical is null && CharChecks.AllUpper(match.Tokens[0]) && CapitalsCanonical(spans, match.Name) is { } titleCase)
                    repeated = repeated with { Canonical = titleCase };
                yield return repeated;
                i += match.Tokens.Length - 1;
                continue;
            }
            // A word without a hyphen is its own only part: no array to split it into. A hyphenated
            // surname ("Nandi-Ndaitwah" for "Netumbo Nandi-Ndaitwah") is one mention.
            if (!token.Text.Contains('-') || resolver.Resolve(token.Text) is not null)
            {
                if ((resolver.Resolve(token.Text) ?? resolver.Nearest(token.Text, token.Start, firstSeen)) is { } single)
                    yield return new EntitySpan(token.Start, token.Start + token.Text.Length, token.Text, EntityTypes.Person, "propagation") { Canonical = single };
                continue;
            }
            // "the Hakim-Borisov meeting": each part of a hyphenated pair of surnames is a mention.
            var offset = token.Start;
            foreach (var part in token.Text.Split('-'))
            {
                if (resolver.Resolve(part) is { } full)
                    yield return new EntitySpan(offset, offset + part.Length, part, EntityTypes.Person, "propagation") { Canonical = full };
                offset += part.Length + 1;
            }
        }
    }

    // The name in title case that a dateline's or a masthead's mention written in capitals stands for, or null.
    private static string? CapitalsCanonical(List<EntitySpan> spans, string name)
    {
        foreach (var s in spans)
            if (InCapitals(s) && s.Canonical is { } titleCase && s.Name == name) return titleCase;
        return null;
    }

    // The words of a name as the tokenizer reads them. Most names are words of letters and digits between single
    // spaces, which the tokenizer splits at the spaces and nowhere else: those are split without tokenising.
    private static string[] NameTokens(string name)
    {
        var plain = name.Length > 0 && name[0] != ' ' && name[^1] != ' ';
        for (var i = 0; i < name.Length && plain; i++)
        {
            var c = name[i];
            plain = c == ' ' ? name[i - 1] != ' ' : char.IsLetterOrDigit(c);
        }
        if (plain) return name.Split(' ');
        var tokens = Tokenizer.Tokenize(name);
        var words = new string[tokens.Count];
        for (var k = 0; k < words.Length; k++) words[k] = tokens[k].Text;
        return words;
    }

    // "Council" or "Minister" alone names nothing in particular: found once, it is not repeated elsewhere.
    private static bool IsGenericWord(string[] name) =>
        name.Length == 1 && Lexicon.Instance.Phrases.Lookup(name[0]) is { } entry
        && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.PersonTitle | GazetteerKind.OrganizationSuffix);

    // The first name of the group written at token <paramref name="start"/> (a default tuple when none is), without a closure per token.
    private static (string Name, string[] Tokens) FirstMatch(List<(string Name, string[] Tokens)> candidates, List<Token> tokens, int start)
    {
        foreach (var candidate in candidates)
            if (Matches(tokens, start, candidate.Tokens)) return candidate;
        return default;
    }

    private static bool Matches(List<Token> tokens, int start, string[] name)
    {
        if (start + name.Length > tokens.Count) return false;
        for (var k = 0; k < name.Length; k++)
            if (!string.Equals(tokens[start + k].Text, name[k], StringComparison.Ordinal)) return false;
        return true;
    }
}
