using System.Collections.Frozen;

namespace Pipeline.Enrichment;

/// <summary>
/// PERSON, ORG, LOC and NORP mentions in one sentence: the statistical tagger proposes spans, the
/// name lists correct and complete them (a listed country is a place, a listed demonym a
/// nationality), and two rules add what both miss: capitalised words after a person's title are
/// a person, and capitalised words ending in a company's legal form are an organisation.
/// </summary>
internal static class NameFinder
{
    /// <summary>Prepositions and conjunctions that only a sentence's or a headline's start capitalises.</summary>
    internal static readonly FrozenSet<string> CapitalisedFunctionWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Outside", "Inside", "After", "Before", "Since", "Despite", "Unlike", "Across", "Beyond", "Under", "Within", "Without", "Against",
        "Among", "Amid", "During", "Following", "While", "Although", "Though", "Because", "If", "But", "And", "Or", "So", "Yet", "At", "In",
        "On", "From", "With", "By", "For", "As", "Near",
    ]);

    // Question words, and the function words, that only a sentence's or a headline's start capitalises.
    private static readonly FrozenSet<string> QuestionAuxiliaries = FrozenSet.Create(StringComparer.Ordinal,
        ["Will", "Would", "Can", "Could", "Should", "Shall", "Does", "Did", "Do", "Has", "Have", "Had", "Is", "Are", "Was", "Were"]);

    private static readonly FrozenSet<string> OpeningWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Why", "How", "What", "When", "Where", "Who", "Which", .. CapitalisedFunctionWords,
        // "Rivals Commonwealth Bank of Australia and ...": the people a business story opens with, before the companies it names.
        "Rivals", "Peers", "Analysts", "Investors", "Lenders", "Officials", "Critics", "Regulators", "Competitors", "Traders", "Economists",
        // "Our Ministry of Justice will extend the scheme": a minister speaking of his own government's body.
        "Our", "Their", "Your", "Its",
    ]);

    public static IEnumerable<EntitySpan> Find(string text, List<Token> tokens, int start, int end, SequenceTagger tagger)
    {
        var matches = new GazetteerMatches(tokens, start, end);
        var tags = tagger.Tag(tokens, start, end, matches);
        var spans = Rent(ref t_spans);
        var pieces = Rent(ref t_pieces);
        foreach (var (first, last, type) in MergeAdjacentPeople(tokens, matches, TaggedSpans(tokens, tags, start)))
        {
            // "CAIRO — The World Bank": a dash the tagger took in front of a name is not part of it.
            var head = first;
            while (head < last - 1 && IsDash(tokens[head].Text)) head++;
            // "The United Arab Emirates": the article is not part of the name the lists know.
            var from = tokens[head].Text is "The" or "the" && last - head > 1 ? head + 1 : head;
            // "Department for Business on Friday": a tagged span that runs on over a day or a month ends before it;
            // the date rule has that, and a name overlapping it would be dropped whole.
            var to = last;
            for (var k = from + 1; k < to - 1; k++)
                if (tokens[k].Text is "on" or "in" or "since" or "until" or "by" && OrganizationNameRule.DayOrMonth.Contains(tokens[k + 1].Text)) { to = k; break; }
            // "Ryanair loses High Court bid": an organisation's name holds no English word that is only ever written in lower case,
            // other than the small words that join names ("Bank of America", "Save the Children").
            if (type == "ORG")
                for (var k = from + 1; k < to - 1; k++)
                    if (char.IsLower(tokens[k].Text[0]) && tokens[k].Text.Length >= 3 && matches.IsLowerCaseWord(k, tokens[k].Text)
                        && (!Lexicon.Instance.EnglishStopwords.Contains(tokens[k].Text) || IsClauseWord(tokens[k].Text)) && !NameParticles.IsParticle(tokens[k].Text)) { to = k; break; }
            // "Melanesian Spearhead Group Building on Rue d'Auvergne": nor over "on" or "at" and the street it stands in.
            for (var k = from + 1; k < to - 1; k++)
            {
                if (tokens[k].Text is "on" or "at" && PlaceNameRule.IsPlaceFirstWord(tokens[k + 1].Text) && tokens[k + 1].Text is not ("Lake" or "Sea" or "Bay" or "Gulf" or "Cape")) { to = k; break; }
                // "the Abel Tasman Coast Track between Marahau and ...": a name ends before "between", and the capitalised words after it
                // are the first of the two places it runs between.
                if (tokens[k].Text == "between" && to - k <= 4 && PlaceNameRule.AllCapitalised(tokens, k + 1, to) && !OrganizationNameRule.DayOrMonth.Contains(tokens[k + 1].Text))
                {
                    if (!CoveredBy(spans, k + 1, to)) spans.Add((k + 1, to, "LOC", "tagger+rule:between", matches.ExactlyPlace(k + 1, to)));
                    to = k;
                    break;
                }
                // "on Court Street in Morristown": a street, then "in" and the listed place or town it is in, are two places.
                if (tokens[k].Text == "in" && PlaceNameRule.IsStreetWord(tokens[k - 1].Text)
                    && (matches.ExactlyPlace(k + 1, to) is not null || (k + 2 == to && TownRule.IsTownWord(tokens[k + 1].Text))))
                {
                    if (!CoveredBy(spans, k + 1, to)) spans.Add((k + 1, to, "LOC", "tagger+rule:street-in-place", matches.ExactlyPlace(k + 1, to)));
                    to = k;
                    break;
                }
                // "Motueka Library on Pah Street", "Gore Pirates at Surrey Park": two words or more after "on" or "at" that end in a
                // street's or a ground's word are where the thing before stands, a place of their own ("Clacton on Sea" stays whole).
                if (tokens[k].Text is "on" or "at" && to - k >= 3 && IsWhereItStands(tokens, k + 1, to))
                {
                    if (!CoveredBy(spans, k + 1, to)) spans.Add((k + 1, to, "LOC", "tagger+rule:street", null));
                    to = k;
                    break;
                }
            }
            // "Min-jun ,", "AG warned": a tagged span never ends on punctuation or a lower-case word.
            while (to > from + 1 && (!char.IsLetterOrDigit(tokens[to - 1].Text[0]) || char.IsLower(tokens[to - 1].Text[0])) && !NameParticles.IsArticleName(tokens[to - 1].Text)) to--;
            // "in neighbouring Chad": nor does it start on a lower-case word, unless it is a particle of a name ("de Gaulle", "al-Sham").
            // "adidas AG", "beIN Media Group": a brand in lower case opens its company's name.
            while (from < to - 1 && char.IsLower(tokens[from].Text[0]) && !NameParticles.IsParticle(tokens[from].Text) && !NameParticles.IsArticleName(tokens[from].Text)
                && !(type == "ORG" && IsLowerCaseBrand(tokens[from].Text, matches.Single(from + 1) is { } form && form.Is(GazetteerKind.OrganizationSuffix)))) from++;
            // "Treasury's Office of Foreign Assets Control" tagged as one organisation: the owner before the possessive is no word of it.
            if (type == "ORG")
                for (var k = from + 1; k < to - 2; k++)
                    if (OrganizationNameRule.IsOwnedBody(tokens, matches, k, to))
                    {
                        if (k - from >= 2 && OrganizationNameRule.IsBodyOwner(tokens[k - 1].Text, matches.Single(k - 1)) && !CoveredBy(spans, from, k))
                            spans.Add((from, k, "ORG", "tagger+rule:owner", null));
                        from = k + 1;
                        break;
                    }
            // "the visit of President Kassym-Jomart Tokayev to Astana" tagged as one person: a person's name holds no preposition
            // of place ("of" is read later: "Gareth Lloyd of Gwent Police").
            if (type == "PER")
                for (var k = from + 1; k < to - 1; k++)
                {
                    if (tokens[k].Text is "to" or "at" or "from" or "in" or "on" or "with") { to = k; break; }
                    // "Vikram Raghunathan of Maitland" tagged as one person: two names or more, "of" and a listed place or town that
                    // ends the span are the person and where they are from.
                    if (tokens[k].Text == "of" && k - from >= 2 && (matches.ExactlyPlace(k + 1, to) is not null || (k + 2 == to && TownRule.IsTownWord(tokens[k + 1].Text))))
                    {
                        if (!CoveredBy(spans, k + 1, to)) spans.Add((k + 1, to, "LOC", "tagger+rule:from-place", matches.ExactlyPlace(k + 1, to)));
                        to = k;
                        break;
                    }
                    // "Governor Alberto Weretilneck's Juntos Defendemos Río Negro" tagged as one person: the owner's name ends at the
                    // possessive, and two words or more after it are what the person leads.
                    if (tokens[k].Text is "'s" or "’s" && k - from >= 2)
                    {
                        if (to - k > 2 && !CoveredBy(spans, k + 1, to)) spans.Add((k + 1, to, "ORG", "tagger+rule:owned", null));
                        to = k;
                        break;
                    }
                }
            // "Deir al-Balah", "Abdel Fattah al-Burhan": an Arabic article and name right after a name, left untagged, belong to it.
            while (to < end && tags[to - start] == 0 && NameParticles.IsArticleName(tokens[to].Text) && char.IsUpper(tokens[to - 1].Text[0])) to++;
            // "the Storting in Oslo": an organisation ends before where it is, and a listed place there is named apart.
            if (type == "ORG" && WhereAfterOrganization(tokens, from, to, end, matches) is var where and > 0)
            {
                if (matches.ExactlyPlace(where + 1, to) is { } place && !CoveredBy(spans, where + 1, to)) spans.Add((where + 1, to, "LOC", "tagger+gazetteer", place));
                else if (to - where == 2 && IsUnlistedPlaceWord(tokens, matches, where + 1) && !CoveredBy(spans, where + 1, to)) spans.Add((where + 1, to, "LOC", "tagger+rule:where", null));
                to = where;
            }
            pieces.Clear();
            TitleSplit.Split(tokens, from, to, type, matches, pieces);
            foreach (var piece in pieces)
                if (!CoveredBy(spans, piece.First, piece.Last)) spans.Add(piece);
        }
        bool? menuLine = null;
        foreach (var (found, last) in OrganizationNameRule.Find(tokens, start, end, matches, tags))
        {
            // "Hawke's Bay Regional Council": a listed place whose name holds a possessive opens the body, not owns it.
            var first = found - 2 >= start && tokens[found - 1].Text is "'s" or "’s" && matches.Longest(found - 2) is ({ } placeLength, { } place)
                && found - 2 + placeLength > found && place.Is(GazetteerKind.Region | GazetteerKind.City | GazetteerKind.Country) ? found - 2 : found;
            // "Home | Local News | Sport", "News Releases | Contact Us": a site's section of plain words is no organisation.
            if (AllLowerCaseWords(tokens, first, last, matches) && NameSpanChecks.IsMenuItem(tokens, first, last, start, end, menuLine ??= NameSpanChecks.IsMenuLine(tokens, start, end))) continue;
            if (NameSpanChecks.IsPressSectionInMenu(tokens, first, last, start, end, ref menuLine)
                || NameSpanChecks.RunsOverMenu(tokens, first, last, start, end, ref menuLine)) continue;
            // The rule wins only where it covers every tagged name it touches, so it mends split or mistyped names.
            var touched = Overlapping(spans, first, last);
            // "Prime Minister Narendra Modi's Bharatiya Janata Party" tagged as one name: the owner before the possessive stays.
            var owned = first - 1 > start && tokens[first - 1].Text is "'s" or "’s";
            if (!RuleWins(touched, first, last, owned)) continue;
            RemoveOverlapping(spans, first, last);
            if (owned)
                foreach (var owner in touched)
                    if (owner.First < first - 1) spans.Add((owner.First, first - 1, owner.Type, owner.Source, owner.Entry));
            spans.Add((first, last, "ORG", "rule:organization", null));
        }
        Dateline(tokens, start, end, spans);
        // A pass that acts only at a word most sentences lack runs where the sentence holds it (WordCues).
        if (matches.Has(WordCues.Ampersand)) PartnersFirm(tokens, start, end, spans);
        if (matches.Has(WordCues.ShipPrefix)) Ships(tokens, start, end, spans);
        if (matches.Has(WordCues.OpeningForm) || matches.HasListed(GazetteerKind.OrganizationSuffix)) LocalCompanyRule.Apply(tokens, start, end, spans, matches);
        if (matches.Has(WordCues.Ordinal)) MilitaryUnits.Apply(tokens, start, end, spans);
        BodiesOfTwoPlaces.Apply(tokens, start, spans, matches);
        if (matches.HasListed(GazetteerKind.Region)) TownAndState.Apply(tokens, start, end, spans, matches);

        for (var i = start; i < end;)
        {
            var (length, entry) = matches.Longest(i);
            // "the al-Qaeda affiliate", "linked to al-Shabaab": a listed name may open on the Arabic article in lower case.
            if (entry is null || !(char.IsUpper(tokens[i].Text[0]) || NameParticles.IsArticleName(tokens[i].Text))) { i++; continue; }
            var type = TypeOf(entry);
            if (type is null) { i += length >= 2 && CutPlace(spans, i, i + length, entry) ? length : 1; continue; }
            if (type == "LOC" && !AfterPlacePreposition(tokens, i, start) && IsAdjectiveUse(tokens, i + length, end, entry, matches)) type = "NORP";
            i = ApplyListed(tokens, start, spans, i, length, entry, type);
        }
        PlaceNameRule.JoinCompassToPlace(tokens, spans, matches);

        if (matches.HasListed(GazetteerKind.PersonTitle))
            foreach (var span in TitleRule(tokens, start, end, spans, matches)) spans.Add(span);
        // "Xi told Biden": a person news names by one word, that nothing else found, is a person.
        if (matches.Has(WordCues.KnownPerson))
        for (var i = start; i < end; i++)
            if (IsKnownPerson(tokens[i].Text) && !CoveredBy(spans, i, i + 1))
                spans.Add((i, i + 1, "PER", "rule:known-person", null));
        // "Okafor said Londoners had sent a delegation": the people of a listed place, one word the tagger left out, are a group.
        for (var i = start; i < end; i++)
            if (tokens[i].Text.Length > 5 && tokens[i].Text[^1] == 's' && char.IsUpper(tokens[i].Text[0]) && CharChecks.RestLower(tokens[i].Text)
                && !(i > start && char.IsUpper(tokens[i - 1].Text[0])) && !CoveredBy(spans, i, i + 1)
                && IsPeopleOfPlace(tokens[i].Text, matches.Longest(i) is { Length: 1, Entry: var listed } ? listed : null))
                spans.Add((i, i + 1, "LOC", "rule:people-of-place", null));
        PersonNameRule.Apply(tokens, start, end, spans, matches);
        PersonBetweenCommas(tokens, start, end, spans);
        PersonBeforeAge(tokens, start, end, spans);
        NoNameWords(tokens, start, end, spans, matches);
        PlaceNameRule.Apply(tokens, start, end, spans, matches);
        if (matches.Has(WordCues.Town)) TownRule.Apply(tokens, start, end, spans, matches);
        BeforeParty(tokens, end, spans, matches);
        FirmAfterPersonOf(tokens, end, spans, matches);
        if (matches.Has(WordCues.PlatformX)) PlatformX(tokens, start, end, spans);
        MiscNameFilter.Apply(tokens, end, spans, matches);
        NicknameJoin.Apply(tokens, start, spans);
        if (matches.Has(WordCues.PartyWord)) PartiesNamedAlone.Apply(tokens, start, end, spans);
        if (matches.Has(WordCues.WelshBodyWord)) WelshBodies.Apply(tokens, spans);
        if (matches.Has(WordCues.MaoriWord)) MaoriNames.Apply(tokens, start, end, spans);
        if (matches.Has(WordCues.KoreanFamilyName)) KoreanNames.Apply(tokens, start, spans);
        if (matches.Has(WordCues.Saint)) SaintNames.Apply(tokens, start, end, spans);
        if (matches.Has(WordCues.MemberWord)) SeatAfterMember.Apply(tokens, start, end, spans);
        ListTypeRule.Apply(tokens, end, spans, matches);
        EmployerRule.Apply(tokens, start, end, spans, matches);
        RoleNounRule.Apply(tokens, start, end, spans, matches);
        CoordinatedOrganizationSplit.Apply(tokens, spans, matches);
        BylineRule.Apply(tokens, start, end, spans);
        TitleCaseLines.Apply(tokens, start, end, spans, matches);
        BylineRule.QuestionLabel(tokens, start, end, spans, matches);
        PartyQualifier(tokens, end, spans);
        BilateralBodies(tokens, spans, matches);
        JoinPatronymics(tokens, spans);
        if (matches.Has(WordCues.Schools)) SchoolSystems.Apply(tokens, start, end, spans);
        PostalAddresses.Apply(text, tokens, start, end, spans, matches);

        foreach (var (first, last, type, found, entry) in spans)
        {
            var source = found;
            // "Queen Rania Al Abdullah Street", "King Hussein Bridge": a place named after a titled person keeps the title.
            var (from, to) = Trim(tokens, matches, first, last, (type == "ORG" && EndsInStrongHead(tokens, last, matches))
                || (type == "LOC" && (PlaceNameRule.IsPlaceLastWord(tokens[last - 1].Text) || PlaceNameRule.IsFacilityWord(tokens[last - 1].Text) || PlaceNameRule.IsHospital(tokens, last))));
            // "About Harbour Holdings Ltd", "SOURCE Harbour Holdings Ltd": a press release's label over its boilerplate and the line
            // that names its sender open a line that is only the name; neither word is part of it.
            if (from == start && to == end && to - from >= 2 && tokens[from].Text is "About" or "SOURCE" && char.IsUpper(tokens[from + 1].Text[0])) from++;
            // "Amaroq Minerals Ltd. They said": the full stop of a legal form can end the sentence; a capitalised function word
            // after it opens the next one.
            for (var k = from + 2; k < to; k++)
                if (tokens[k - 1].Text.EndsWith('.') && char.IsUpper(tokens[k].Text[0]) && Lexicon.Instance.IsEnglishStopword(tokens[k].Text)
                    && matches.Single(k - 1) is { } abbreviation && abbreviation.Is(GazetteerKind.OrganizationSuffix)
                    && !(matches.Single(k) is { } form && form.Is(GazetteerKind.OrganizationSuffix))) { to = k; break; }
            // "the Asian Bank for Rural Development for the Kyzylorda Bypass" read as one: a second "for the" says what a thing is for.
            if (type == "ORG") to = BeforeSecondForThe(tokens, from, to);
            if (type == "PER")
            {
                // "Minister of Agriculture of Ukraine Taras Hnatyshyn-Koval" tagged as one person from the country on: the country
                // whose minister it is ends the office, and the name starts after it.
                if (from > start && tokens[from - 1].Text == "of" && matches.Longest(from) is ({ } countryLength, { } country)
                    && country.Is(GazetteerKind.Country) && to - (from + countryLength) >= 2 && char.IsUpper(tokens[from + countryLength].Text[0]))
                {
                    yield return NameBeforeTitle(text, tokens, start, from, from + countryLength, EntityTypes.Location, "tagger+rule:title");
                    from += countryLength;
                }
                // "Minister of Water" + "Resources Temirbek Sadykov" tagged as one person: the end of the portfolio, a word
                // English writes only in lower case, is no one's name.
                while (to - from >= 3 && from > start && IsPortfolioEnd(tokens, from, matches)) from++;
                // "Hussein Mohammed said Talanta" tagged as one person: a lower-case word that is no particle ends the name.
                for (var k = from + 1; k < to; k++)
                    if (IsLowerCaseBreak(tokens[k].Text)) { to = k; break; }
                // "Leases Eight More From AerCap", "SHN Appoints Tuti As Commissioner": a title-case headline capitalises its
                // function words; no one's name opens with "From" or "And" or ends in "As".
                while (to - from >= 2 && tokens[from].Text is "From" or "And" or "With" or "For" or "Into" or "At" or "Of" or "Or" or "But") from++;
                while (to - from >= 2 && tokens[to - 1].Text is "As" or "At" or "On" or "For" or "With" or "From" or "And" or "Of" or "Or") to--;
                var nameStart = PersonTitles.NameStart(tokens, from, to);
                var titleStart = TitlesBefore(tokens, from, nameStart);
                // "Bundesbank President Joachim Nagel" tagged as one person: the listed organisation before the title is named too.
                if (nameStart > from + 1 && matches.Longest(from) is ({ } listedLength, { } listed) && listed.Is(GazetteerKind.KnownOrganization)
                    && from + listedLength < nameStart && char.IsUpper(tokens[from].Text[0]))
                    yield return NameBeforeTitle(text, tokens, start, from, from + listedLength, EntityTypes.Organization, "gazetteer:organizations+rule:title", listed.Canonical);
                // "Marlow Dockworks CEO Tessa Quayle" tagged as one person: the unlisted name before a company title is the company.
                else if (IsCompanyBeforeTitle(tokens, matches, from, titleStart, nameStart))
                    yield return NameBeforeTitle(text, tokens, start, from, titleStart, EntityTypes.Organization, "tagger+rule:employer");
                // "Lucas County Commissioner Pete Gerber" tagged as one person: the place before the title is named too.
                else if (IsPlaceBeforeTitle(tokens, from, titleStart, nameStart))
                    yield return NameBeforeTitle(text, tokens, start, from, titleStart, EntityTypes.Location, "tagger+rule:title");
                from = nameStart;
                // "Chief Technology Officer Ruairi" + "Fitzgerald": after a title, a lone word goes on over the surname the tagger left.
                // "Minister of Emergency Situations Boobek" + "Ajikeev": so does a surname with a Russian or Central Asian ending.
                if (to - from == 1 && to < end && tags[to - start] == 0 && IsSurnameAfter(tokens[to].Text, matches, to)
                    && ((from > start && PersonTitles.IsTitleWord(tokens[from - 1].Text)) || HasSurnameEnding(tokens[to].Text))) to++;
            }
            // "The 18-year-old Darragh Gormley scored": an age before a name is not part of it, nor a name alone.
            if (from < to && char.IsAsciiDigit(tokens[from].Text[0]) && tokens[from].Text.EndsWith("-old", StringComparison.Ordinal)) from++;
            // "Minister of Mines and Steel Development" run together as one organisation: with the title gone, what is left is its portfolio.
            if (from >= to || tokens[from].Text is "of" or "for") continue;
            // "Menara Sentraya Lt. 19": a number the tagger read as a name after a title (a building's floor) names no one.
            if (!HoldsLetter(tokens, from, to)) continue;
            // "Outside Parliament, ...", "- Why Eritrea is watching ...": a question word or a preposition that opens a sentence or a
            // headline is capitalised for that, not part of the name after it.
            if (to - from >= 2 && entry is null && (from == start || tokens[from - 1].Text is "-" or "—" or "–" or "•" or "\"" or "“") && OpeningWords.Contains(tokens[from].Text)) from++;
            // "Will India Ports Global Limited continue …?", "Has Bank Negara Malaysia said …?": a question's auxiliary that opens it is
            // no part of the body or place after it (a person keeps it: "Will Carter said").
            if (type != "PER" && to - from >= 2 && entry is null && from == start && QuestionAuxiliaries.Contains(tokens[from].Text)) from++;
            // "Organiser Petra Vandersloot thanked ...", "Orchardist Sione Havea-Prendergast said": a word for what someone does that
            // opens a sentence is capitalised for that; the person's name starts after it.
            if (type == "PER" && to - from >= 3 && entry is null && (from == start || tokens[from - 1].Text is "\"" or "“")
                && char.IsUpper(tokens[from + 1].Text[0]) && NameSpanChecks.IsRoleWord(tokens[from].Text, matches.Single(from))) from++;
            // "the Amazon", "the Amazon basin": the company's name is the forest's and the river's, which take the article.
            if (type == "ORG" && to - from == 1 && tokens[from].Text == "Amazon"
                && ((from > start && tokens[from - 1].Text is "the" or "The") || (to < end && tokens[to].Text is "rainforest" or "basin" or "region" or "river" or "forest")))
            {
                yield return NameBeforeTitle(text, tokens, start, from, to, EntityTypes.Location, source + "+rule:feature");
                continue;
            }
            if (type == "ORG")
            {
                // "puma SE": a legal form alone, its company's name unread, names no one.
                if (to - from == 1 && matches.Single(from) is { } lone && lone.Is(GazetteerKind.OrganizationSuffix) && !lone.Is(~GazetteerKind.OrganizationSuffix)) continue;
                // "beIN Media Group", "eMemory Technology Inc.", "adidas AG": a brand written in lower case, with a capital inside it
                // or before a legal form, opens the company's name.
                if (from > start && IsLowerCaseBrand(tokens[from - 1].Text, matches.Single(from) is { } suffix && suffix.Is(GazetteerKind.OrganizationSuffix))) from--;
                // "the US Commerce Department's Bureau of Industry and Security": a body that owns another, each named with its head
                // word, is two ("Prime Minister's Office" and "People's Bank" have no body before the possessive).
                for (var k = from + 2; k + 2 < to; k++)
                    if (tokens[k].Text is "'s" or "’s" && (EndsInStrongHead(tokens, k, matches) || (tokens[from + 1].Text == "of" && EndsInStrongHead(tokens, from + 1, matches)))
                        && char.IsUpper(tokens[k + 1].Text[0])
                        && Enumerable.Range(k + 1, to - k - 1).Any(h => OrganizationNameRule.IsStrongHead(tokens[h].Text, matches.Single(h))))
                    {
                        yield return NameBeforeTitle(text, tokens, start, from, k, EntityTypes.Organization, source + "+rule:owner");
                        from = k + 1;
                        break;
                    }
            }
            var finalType = type switch
            {
                "PER" => EntityTypes.Person,
                "ORG" => EntityTypes.Organization,
                "LOC" => EntityTypes.Location,
                "NORP" => EntityTypes.Nationality,
                _ => null, // MISC: events, works, products; not a type the API has.
            };
            // "Endava/MISC plc", "Capco/LOC Ltd": a name read as a product or a place, right before a company's legal form, is the company.
            // "6:41 p.m./MISC PT": the half of the day before a time zone is neither.
            if (finalType is null or EntityTypes.Location && entry is null && to < end && tokens[from].Text is not ("a.m." or "p.m.") && LegalFormAt(tokens, matches, to, end) > 0)
                (finalType, source) = (EntityTypes.Organization, source + "+rule:legal-form");
            if (finalType is null || NameSpanChecks.IsCommonWordAtStart(tokens, from, to, start) || NameSpanChecks.IsOnlyTitle(tokens, matches, from, to)) continue;
            if (NameSpanChecks.IsCompoundOfListedNames(tokens[from].Text, to - from) || NameSpanChecks.IsMenuWord(tokens, from, to, start, end, finalType)
                || NameSpanChecks.IsTimeZone(tokens, from, to, start) || NameSpanChecks.IsShareButton(tokens, from, to, start)
                || NameSpanChecks.IsPressSectionInMenu(tokens, from, to, start, end, ref menuLine) || (entry is null && source == "tagger" && ((NameSpanChecks.IsMenuItem(tokens, from, to, start, end, menuLine ??= NameSpanChecks.IsMenuLine(tokens, start, end)) && !IsAreaInMenu(tokens, from, to, type) && !IsBylineBeforeBar(tokens, from, to, start, type, matches))
                    || NameSpanChecks.IsCapitalisedCommonWord(tokens, from, to)))) continue;
            if (finalType == EntityTypes.Person && NameSpanChecks.IsPortfolioBeforeTitle(tokens, from, to, end)) continue;
            // "Minister of Marine/PER and Blue Economy": an unlisted word the tagger found there is a portfolio, whatever its type.
            if (entry is null && source.StartsWith("tagger", StringComparison.Ordinal) && NameSpanChecks.IsPortfolioBeforeAnd(tokens, from, to, start, end)) continue;
            // "Reading the verdict, the judge said": a verb in -ing that opens a sentence before an article or a possessive is
            // no place, though a town bears its name.
            if (NameSpanChecks.IsGerundAtStart(tokens, from, to, start, end)) continue;
            // "Vice-Consul", "Justices": a title word alone, compound or plural, is no one's name.
            if (finalType == EntityTypes.Person && to - from == 1 && PersonTitles.IsTitleWord(tokens[from].Text)) continue;
            // "..., Industry Minister Ahn Duk-geun said": a lone tagged word before a title is the portfolio, not an organisation.
            if (finalType == EntityTypes.Organization && source is "tagger" or "rule:organization" && NameSpanChecks.IsPortfolioBeforeTitle(tokens, from, to, end)) continue;
            // "Singapore's Transport Minister", "Minister for Enterprise": a lone unlisted word before a title, or after a
            // title and "for", is the portfolio, not a place or an organisation.
            // A listed region or city before the title stays ("Karnataka Chief Minister"), unless it is an English word too ("Enterprise").
            if (finalType is EntityTypes.Location or EntityTypes.Organization && source == "tagger" && entry is null
                && ((NameSpanChecks.IsPortfolioBeforeTitle(tokens, from, to, end) && !IsListedPlaceName(tokens, from, to, matches, finalType))
                    || NameSpanChecks.IsPortfolioAfterTitle(tokens, from, to, start) || NameSpanChecks.IsPortfolioAfterTitleAndWord(tokens, from, start))) continue;
            // "Milford Asset Management", "Brandon Capital Partners": a firm opening with a given name, ending in what it does, stays a firm.
            // "Head of the district administration Gulnara Osmonalieva confirmed": two words the tagger read as a body or a place, the
            // second with a family name's ending ("-ova", "-enko") that no list knows, are a person.
            if (source == "tagger" && finalType is EntityTypes.Organization or EntityTypes.Location && entry is null && to - from == 2
                && HasSurnameEnding(tokens[to - 1].Text) && CharChecks.RestLower(tokens[to - 1].Text) && CharChecks.RestLower(tokens[from].Text)
                && matches.Single(to - 1) is null && (matches.Single(from) is not { } given || given.IsOnlyGivenName))
                (finalType, source) = (EntityTypes.Person, "rule:surname-ending");
            // "the agency at Domenico Scarlattilaan 6": a street named after a person stays a street.
            // "trucks crossed at Kerem Shalom", "refugees reached Mae Sot": nor is a place the tagger read after a word of place.
            // "clashes in Hays and Al Mansura districts", "at the Ibrahim Khalil border post": nor one before a place's noun.
            if (source == "tagger" && finalType != EntityTypes.Person && NameSpanChecks.StartsWithFirstName(tokens, from, to)
                && !(finalType == EntityTypes.Location && to - from >= 2 && PlaceNameRule.IsStreetWord(tokens[to - 1].Text))
                && !(finalType == EntityTypes.Location && from > start && IsPlacePreposition(tokens[from - 1].Text))
                && !(finalType == EntityTypes.Location && to < end && PlaceNameRule.IsPlaceNounAt(tokens, to, end))
                && !(finalType == EntityTypes.Organization && to - from >= 2 && (FirmWords.Contains(tokens[to - 1].Text)
                    || matches.Single(to - 1) is { } ending && ending.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix) && !ending.Is(GazetteerKind.PersonTitle | GazetteerKind.Surname))))
                (finalType, source) = (EntityTypes.Person, "rule:first-name");
            // "criticism from Modi" read as a place: a person news names by one word is a person.
            if (finalType is EntityTypes.Location or EntityTypes.Organization && !source.StartsWith("gazetteer", StringComparison.Ordinal)
                && Lexicon.Instance.KnownPeople.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(tokens[from].Start, tokens[to - 1].End - tokens[from].Start)))
                (finalType, source) = (EntityTypes.Person, source + "+rule:known-person");
            // "Gordon Hale Theatre": a person's name followed by a building's word is the building.
            // "Alfred Phillips House": so is a longer one ending in a word that is a surname too.
            if (finalType == EntityTypes.Person && to - from >= 2
                && (PlaceNameRule.IsFacilityWord(tokens[to - 1].Text) || (to - from >= 3 && PlaceNameRule.IsSurnameFacilityWord(tokens[to - 1].Text))))
                (finalType, source) = (EntityTypes.Location, source + "+rule:facility");
            // "Erciyes Maden Sanayi ve Ticaret A.Ş.": a name that ends in a company's legal form is the company, whoever it sounds like.
            else if (finalType == EntityTypes.Person && to - from >= 2 && matches.Single(to - 1) is { } legalForm && legalForm.Is(GazetteerKind.OrganizationSuffix)
                && !legalForm.Is(GazetteerKind.FirstName | GazetteerKind.Surname))
                (finalType, source) = (EntityTypes.Organization, source + "+rule:legal-form");
            // "Bundeskartellamt", "Bundeskriminalamt", "Landgericht": German bodies are named by one compound that ends in what they are.
            if (finalType is EntityTypes.Location or EntityTypes.Person && to - from == 1 && entry is null && IsGermanBodyCompound(tokens[from].Text))
                (finalType, source) = (EntityTypes.Organization, source + "+rule:company-compound");
            // "Soyuzneftegaz", "Transneft", "Rosatom", "Atomflot": Russian companies are named by compounds that end in their trade.
            if (finalType is EntityTypes.Location or EntityTypes.Person && to - from == 1 && entry is null && IsRussianCompanyCompound(tokens[from].Text))
                (finalType, source) = (EntityTypes.Organization, source + "+rule:company-compound");
            // "Air India", "Air Astana", "Oman Air", "Riyadh Air": "Air" before or after a place's name is an airline ("Air Base" no airline).
            if (finalType is EntityTypes.Location or EntityTypes.Nationality && to - from >= 2
                && ((tokens[from].Text == "Air" && char.IsUpper(tokens[from + 1].Text[0]) && tokens[to - 1].Text != "Base") || tokens[to - 1].Text == "Air"))
                (finalType, source) = (EntityTypes.Organization, source + "+rule:airline");
            // "São Tomé and Príncipe Joint Development Authority", read as a place: a name that ends in a body's strong head word is the
            // body ("West Bank" is listed; other banks are left to the tagger; a hospital is a place, see PlaceNameRule.IsHospital).
            // A seat after a member's office ("MPP for Hamilton Centre") stays a place.
            if (finalType == EntityTypes.Location && entry is null && to - from >= 2 && tokens[to - 1].Text != "Bank" && !source.EndsWith("rule:seat", StringComparison.Ordinal)
                && !PlaceNameRule.IsHospital(tokens, to) && !PlaceNameRule.IsVenue(tokens, to - 1)
                && OrganizationNameRule.IsStrongHead(tokens[to - 1].Text, matches.Single(to - 1)))
                (finalType, source) = (EntityTypes.Organization, source + "+rule:head");
            // "Meridiam SAS and SUEZ SA" read as one name: a legal form before "and" ends the first company.
            if (finalType == EntityTypes.Organization)
                for (var k = from + 2; k < to - 1; k++)
                    if (tokens[k].Text == "and" && char.IsUpper(tokens[k + 1].Text[0]) && LegalFormAt(tokens, matches, k - 1, k) == 1 && tokens[k - 1].Text != "Co")
                    {
                        yield return NameBeforeTitle(text, tokens, start, from, k, EntityTypes.Organization, source + "+rule:legal-form");
                        from = k + 1;
                        break;
                    }
            // "the Ministry of Agriculture and the Western Grains Research Foundation", "Bundeskriminalamt and the Kurdistan Regional
            // Government" read as one name: "and the" before a name with a body's head word of its own parts two bodies ("the
            // Standing Committee on Energy and the Environment" is one).
            if (finalType == EntityTypes.Organization)
                for (var k = from + 1; k < to - 3; k++)
                    if (tokens[k].Text == "and" && tokens[k + 1].Text == "the" && char.IsUpper(tokens[k + 2].Text[0]) && HeadBeforeConnector(tokens, matches, k + 2, to))
                    {
                        yield return NameBeforeTitle(text, tokens, start, from, k, EntityTypes.Organization, source + "+rule:and-the");
                        from = k + 2;
                        break;
                    }
            // "the 23rd Melanesian Spearhead Group Leaders' Summit", "NATO Allies", "MSG Leaders": a body's members, and the
            // count of its meetings, are no part of its name ("Council of Ministers" and "Board of Governors" are bodies).
            if (finalType == EntityTypes.Organization && to - from >= 2 && tokens[to - 1].Text is "Leaders" or "Allies" or "Members" or "Ministers"
                && tokens[to - 2].Text != "of")
            {
                to--;
                if (to - from >= 2 && MiscNameFilter.IsNumeralOrdinal(tokens[from].Text)) from++;
            }
            // "Bulevar Svetog Petra Cetinjskog 1a", "Domenico Scarlattilaan 6": the house number after a street is no part of its name
            // ("Calle 26", "Route 66" and "House District 12" are named by theirs).
            if (finalType is EntityTypes.Location or EntityTypes.Person && to - from >= 3 && IsHouseNumber(tokens[to - 1].Text)
                && tokens[to - 2].Text is not ("Calle" or "Carrera" or "Route" or "Highway" or "Interstate" or "Road" or "Street" or "Avenue" or "District"))
            {
                to--;
                if (finalType == EntityTypes.Person && PlaceNameRule.IsStreetWord(tokens[to - 1].Text)) (finalType, source) = (EntityTypes.Location, source + "+rule:street");
            }
            // "World Rugby and New Zealand Rugby" read as one name: two such bodies.
            for (var k = from + 2; k < to - 2; k++)
                if (tokens[k].Text == "and" && IsSportBody(tokens, matches, from, k) && IsSportBody(tokens, matches, k + 1, to))
                {
                    yield return NameBeforeTitle(text, tokens, start, from, k, EntityTypes.Organization, source + "+rule:sport-body");
                    (from, finalType) = (k + 1, EntityTypes.Organization);
                    break;
                }
            // "World Rugby", "New Zealand Rugby", "Rugby Europe", "Cricket Australia", "Dinamo Tbilisi": a sport's governing body or
            // club is named by its sport or club word and a place.
            if (finalType is EntityTypes.Location or EntityTypes.Person && IsSportBody(tokens, matches, from, to))
                (finalType, source) = (EntityTypes.Organization, source + "+rule:sport-body");
            // "Melanesian Spearhead Group Building", "Sipopo Conference Centre": a building or a venue named after a body is a place.
            if (finalType == EntityTypes.Organization && to - from >= 2
                && (tokens[to - 1].Text is "Building" or "Headquarters" || (to - from >= 3 && tokens[to - 1].Text is "Centre" or "Center" && tokens[to - 2].Text is "Conference" or "Convention" or "Exhibition")))
                (finalType, source) = (EntityTypes.Location, source + "+rule:venue");
            // "a Hawaii Democrat", "the Missouri Republican": a lawmaker named by the party and the state they sit for; the state is the name.
            GazetteerEntry? home = null;
            if (finalType == EntityTypes.Nationality && to - from == 1 && tokens[from].Text is "Democrat" or "Republican"
                && SpanEndingAt(spans, from, "LOC") >= 0) continue;
            if (to - from >= 2 && tokens[to - 1].Text is "Democrat" or "Republican" && matches.ExactlyPlace(from, to - 1) is { } state)
                (to, finalType, source, home) = (to - 1, EntityTypes.Location, source + "+rule:party-member", state);
            // "Albertans", "Californians", "San Franciscans", "New Yorkers": the people of a listed place, not a person.
            if (entry is null && finalType is EntityTypes.Person or EntityTypes.Location or EntityTypes.Organization
                && IsPeopleOfPlace(text.AsSpan()[tokens[from].Start..tokens[to - 1].End], to - from == 1 ? matches.Longest(from).Entry : null)) finalType = EntityTypes.Nationality;
            // "Hong Kong-listed MMG Ltd", "the Lisbon-based Aerovia Partners": the words up to a place's adjective in "-listed",
            // "-based" are no part of the name after it.
            for (var k = to - 2; k >= from; k--)
                if (k == from ? IsHyphenModifier(tokens[k].Text) : IsPlaceAdjective(tokens[k].Text)) { from = k + 1; break; }
            // "TotalEnergies" + "SE", "Glencore" + "plc": a company's legal form right after it, which the tagger left out, ends its name.
            if (finalType == EntityTypes.Organization && to < end && LegalFormAt(tokens, matches, to, end) is > 0 and var formLength && !CoveredBy(spans, to, to + formLength))
                to += formLength;
            // "Office of Inspector" + "General": the officer's title that ends an office's name, which the tagger left out.
            if (finalType == EntityTypes.Organization && to < end && to - from >= 3 && tokens[from].Text == "Office" && tokens[from + 1].Text == "of"
                && OrganizationNameRule.TitlesEnd(tokens, to, end, matches) is > 0 and var titlesEnd && !CoveredBy(spans, to, to + 1))
                to = titlesEnd;
            // "General" + "Company for Ports of Iraq", "General" + "Authority for Investment": the state firms and authorities of the
            // Arab world open on "General", which the tagger took for a general's title and left out.
            if (finalType == EntityTypes.Organization && from > start && tokens[from - 1].Text == "General" && to - from >= 3
                && tokens[from].Text is "Company" or "Establishment" or "Authority" or "Directorate" or "Organization" or "Organisation" or "Corporation" or "Administration"
                && tokens[from + 1].Text is "for" or "of" && (from - 1 == start || !char.IsUpper(tokens[from - 2].Text[0])))
                from--;
            if (to - from == 1 && finalType != EntityTypes.Person && PlacePair(tokens[from].Text, to < end && IsRouteWord(tokens[to].Text)) > 0) continue;
            // "THE UNITED REPUBLIC OF TANZANIA": a word of a line set in capitals that joins the others is no name.
            if (to - from == 1 && tokens[from].Text is "OF" or "THE" or "AND" or "FOR" or "IN" or "ON" or "AT" or "TO" or "BY" or "WITH" or "FROM") continue;
            if (to - from == 1 && IsSalutation(tokens[from].Text)) continue;
            var s = tokens[from].Start;
            var e = tokens[to - 1].End;
            var name = text[s..e];
            yield return new EntitySpan(s, e, name, finalType, source)
            {
                CountryCode = (entry ?? home)?.CountryCode ?? (finalType == EntityTypes.Location && to - from <= 2 ? TownRule.CountryOf(name) : null),
                // "By NURUL AINA KAMAL": a byline set in capitals names the reporter in title case, as a dateline names its place.
                Canonical = source == "rule:dateline" ? entry?.Canonical ?? TitleCase(name) : source == TownAndState.CapitalAndDistrict ? tokens[from].Text
                    : source == "rule:byline" && to - from >= 2 && !name.Any(char.IsLower) ? TitleCase(name) : entry?.Canonical,
                AfterWord = from > start ? tokens[from - 1].Text : null,
            };
        }
        Return(ref t_spans, spans);
        Return(ref t_pieces, pieces);
    }

    // The sentence's spans, and the pieces of one tagged span, go in lists the thread keeps: grown afresh for every
    // sentence, their arrays were a good part of what the finder allocated. A list is taken from the thread while in
    // use, so a second search on the same thread (an enumeration left open) makes its own; one left unfinished is not
    // given back, and the next search makes a new one.
    [ThreadStatic] private static List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)>? t_spans;
    [ThreadStatic] private static List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)>? t_pieces;

    private static List<T> Rent<T>(ref List<T>? kept)
    {
        var list = kept ?? [];
        kept = null;
        return list;
    }

    private static void Return<T>(ref List<T>? kept, List<T> list)
    {
        // A very long sentence's list is not held on to.
        if (list.Capacity > 1024) return;
        list.Clear();
        kept = list;
    }

    private static bool OnlyParticles(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!NameParticles.IsParticle(tokens[k].Text)) return false;
        return true;
    }

    /// <summary>"Distinguished guests, ladies and gentlemen", "Friends, ...": a speech's salutation word, alone no one's name.</summary>
    internal static bool IsSalutation(string word) =>
        word is "Distinguished" or "Esteemed" or "Respected" or "Dear" or "Friends" or "Colleagues" or "Excellencies" or "Ladies" or "Gentlemen";

    private static readonly string[] GermanBodyEndings = ["amt", "behörde", "gericht", "ministerium", "kammer", "verband", "anstalt", "stiftung", "gesellschaft"];

    private static bool IsGermanBodyCompound(string word)
    {
        if (word.Length < 9 || !char.IsUpper(word[0]) || !CharChecks.RestLower(word)) return false;
        foreach (var ending in GermanBodyEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length >= ending.Length + 4) return true;
        return false;
    }

    // What an investment or advisory firm's name ends in, which no person's does.
    private static readonly FrozenSet<string> FirmWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Management", "Advisors", "Advisers", "Associates", "Ventures", "Investors", "Consultants", "Equity", "Funds",
    ]);

    private static bool IsHouseNumber(string word) =>
        word.Length is >= 1 and <= 5 && char.IsDigit(word[0]) && (word.All(char.IsDigit) || (word[..^1].All(char.IsDigit) && char.IsLetter(word[^1])));

    /// <summary>
    /// "Ravindran a/l Subramaniam", "Kavitha a/p Raman": Malaysian Indian names join a given name and the father's with "a/l"
    /// (son of) or "a/p" (daughter of), as "s/o" and "d/o" do in Singapore and India; the three are one person.
    /// </summary>
    private static void JoinPatronymics(List<Token> tokens, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var given = spans[s];
            // "Zia-ul-Rehman Shinwari", "Inam-ur-Rahim Khan": a South Asian given name joined by "ul", "ur" or "ud" right before a
            // person's name opens it, where the tagger left it out.
            if (given.Type == "PER" && given.First > 0 && IsJoinedGivenName(tokens[given.First - 1].Text) && NameStartingAt(spans, given.First - 1) < 0
                && !spans.Exists(other => other.First < given.First && other.Last >= given.First))
                spans[s] = given = (given.First - 1, given.Last, "PER", given.Source + "+rule:given-name", null);
            var k = given.Last;
            if (given.Type != "PER" || k + 3 >= tokens.Count || tokens[k + 1].Text != "/" || (tokens[k].Text, tokens[k + 2].Text) is not (("a", "l") or ("a", "p") or ("s", "o") or ("d", "o"))) continue;
            var father = NameStartingAt(spans, k + 3);
            var end = father >= 0 ? spans[father].Last : char.IsUpper(tokens[k + 3].Text[0]) ? k + 4 : -1;
            if (end < 0) continue;
            spans[s] = (given.First, end, "PER", given.Source + "+rule:patronymic", null);
            if (father >= 0) { spans.RemoveAt(father); if (father < s) s--; }
        }
    }

    // "Zia-ul-Rehman", "Fazl-ur-Rahman", "Salah-ud-Din": two capitalised words joined by the Arabic article as Urdu writes it.
    private static bool IsJoinedGivenName(string word)
    {
        var first = word.IndexOf('-');
        if (first < 2 || !char.IsUpper(word[0]) || first + 5 > word.Length || word[first + 3] != '-') return false;
        return word.AsSpan(first + 1, 2) is "ul" or "ur" or "ud" or "us" or "un" && char.IsUpper(word[first + 4]) && word.IndexOf('-', first + 4) < 0;
    }

    private static readonly FrozenSet<string> Sports = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Rugby", "Cricket", "Football", "Hockey", "Netball", "Athletics", "Swimming", "Cycling", "Tennis", "Basketball", "Volleyball",
        "Golf", "Rowing", "Sailing", "Gymnastics", "Aquatics", "Archery", "Triathlon", "Boxing", "Judo", "Badminton",
    ]);

    private static readonly FrozenSet<string> ClubWords = FrozenSet.Create(StringComparer.Ordinal, ["Dinamo", "Dynamo", "Spartak", "Lokomotiv", "Torpedo", "Olympique"]);

    // A sport and a listed country or "World" / "Europe" ("World Rugby", "Rugby Europe", "Athletics Kenya", "SA Rugby"), or a
    // club word and a listed city ("Dinamo Tbilisi").
    private static bool IsSportBody(List<Token> tokens, GazetteerMatches matches, int from, int to)
    {
        if (to - from < 2) return false;
        bool Place(int a, int b) => b > a && (matches.ExactlyPlace(a, b) is not null
            || (b - a == 1 && tokens[a].Text is "World" or "Europe" or "Africa" or "Asia" or "Oceania" or "SA" or "USA" or "NZ"));
        if (Sports.Contains(tokens[from].Text) && Place(from + 1, to)) return true;
        if (Sports.Contains(tokens[to - 1].Text) && Place(from, to - 1)) return true;
        return ClubWords.Contains(tokens[from].Text) && Place(from + 1, to);
    }

    /// <summary>
    /// "the Azerbaijan–Indonesia Intergovernmental Commission", "the Equatorial Guinea–Gabon Mixed Commission": two countries
    /// joined by a dash before a body's name are the first words of that body's name, not a place of their own.
    /// </summary>
    private static void BilateralBodies(List<Token> tokens, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, GazetteerMatches matches)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var body = spans[s];
            var dash = body.First - 1;
            if (dash < 1 || tokens[dash].Text is not ("–" or "-") || tokens[dash].Start != tokens[dash - 1].End || tokens[body.First].Start != tokens[dash].End) continue;
            var isBody = body.Last - body.First >= 2 && (body.Type == "ORG" || OrganizationNameRule.IsStrongHead(tokens[body.Last - 1].Text, matches.Single(body.Last - 1)));
            var before = SpanEndingAt(spans, dash, "LOC");
            if (!isBody || before < 0) continue;
            var place = spans[before];
            spans[s] = (place.First, body.Last, "ORG", body.Source + "+rule:bilateral", null);
            spans.RemoveAt(before);
            if (before < s) s--;
        }
    }

    // The length of the company's legal form at token k ("plc", "Co., Ltd."), where no capitalised word follows it; or 0.
    private static int LegalFormAt(List<Token> tokens, GazetteerMatches matches, int k, int end) =>
        matches.Longest(k) is { Entry: { } form, Length: var length } && form.Is(GazetteerKind.OrganizationSuffix)
        && !form.Is(GazetteerKind.FirstName | GazetteerKind.Surname) && k + length <= end && !(k + length < end && char.IsUpper(tokens[k + length].Text[0]))
        // "Adelaide SA 5000": a state's code before a postcode, no company's form.
        && !(k + length < end && tokens[k + length].Text is { Length: 4 } code && code.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
            ? length : 0;

    private static readonly FrozenSet<string> PartyWords = FrozenSet.Create(StringComparer.Ordinal, ["Party", "League", "Dal", "Front", "Congress", "Movement", "Alliance"]);

    // "Communist Party of Nepal (Unified Marxist–Leninist)", "Pakistan Muslim League (Nawaz)", "Janata Dal (United)": a party's
    // name goes on over the words in brackets that tell it from its namesakes (not over an acronym: "(PML-N)").
    private static void PartyQualifier(List<Token> tokens, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            if (type != "ORG" || last + 2 >= end || !EndsAsParty(tokens, first, last) || tokens[last].Text != "(") continue;
            var close = last + 1;
            while (close < end && close - last <= 5 && tokens[close].Text != ")"
                && (tokens[close].Text is "–" or "-" || char.IsUpper(tokens[close].Text[0]) && CharChecks.RestLower(tokens[close].Text))) close++;
            if (close >= end || close == last + 1 || tokens[close].Text != ")") continue;
            // "Mozambique Liberation Front (Frelimo)": a word the text names the party by alone elsewhere is its short name.
            if (close == last + 2 && (StandsAloneElsewhere(tokens, last + 1) || IsShortNameOfParty(tokens, last))) continue;
            RemoveInBrackets(spans, last, close + 1);
            var index = IndexOf(spans, first, last);
            spans[index] = (first, close + 1, type, source + "+rule:party-qualifier", null);
        }
    }

    // Whether the word at token k stands somewhere else in the text as a name of one word: no capitalised word next to it, not
    // in brackets ("Frelimo said" after "Front (Frelimo)"; "Nawaz Sharif" is no "Nawaz" alone).
    private static bool StandsAloneElsewhere(List<Token> tokens, int k)
    {
        for (var j = TokenSearch.IndexOfRepeat(tokens, k, k + 1, 0); j >= 0; j = TokenSearch.IndexOfRepeat(tokens, k, k + 1, j + 1))
            if ((j == 0 || !(char.IsUpper(tokens[j - 1].Text[0]) || tokens[j - 1].Text == "(")) && (j + 1 >= tokens.Count || !char.IsUpper(tokens[j + 1].Text[0]))) return true;
        return false;
    }

    // "the Great Indonesia Movement Party (Gerindra)": after "Party", one word in brackets that is no English word and that no
    // list knows is the party's short name in its own language ("Janata Dal (United)", "Communist Party of India (Maoist)" are told
    // from namesakes by English words).
    private static bool IsShortNameOfParty(List<Token> tokens, int open) =>
        tokens[open - 1].Text == "Party" && !FeatureExtractor.IsKnownWord(tokens[open + 1].Text) && Lexicon.Instance.Phrases.Lookup(tokens[open + 1].Text) is null;

    // Tokens [first, last) end in a party's word, or in one and "of" and a word ("Janata Dal", "Communist Party of Nepal").
    private static bool EndsAsParty(List<Token> tokens, int first, int last) =>
        PartyWords.Contains(tokens[last - 1].Text) || last - first >= 3 && tokens[last - 2].Text == "of" && PartyWords.Contains(tokens[last - 3].Text);

    private static bool IsPortfolioEnd(List<Token> tokens, int k, GazetteerMatches matches) =>
        char.IsUpper(tokens[k].Text[0]) && matches.IsLowerCaseWord(k, tokens[k].Text) && !(matches.Single(k) is { } entry && entry.Is(GazetteerKind.FirstName))
        && (char.IsUpper(tokens[k - 1].Text[0]) || tokens[k - 1].Text is "of" or "for" or "and");

    // "Tromsø": one capitalised word of letters that no list knows, a place the organisation before "in" stands in.
    private static bool IsUnlistedPlaceWord(List<Token> tokens, GazetteerMatches matches, int k) =>
        matches.Longest(k).Entry is null && OrganizationNameRule.IsNameWord(tokens[k].Text) && !CharChecks.AllUpper(tokens[k].Text) && CharChecks.AllLetters(tokens[k].Text);

    // "Pah Street", "Surrey Park": capitalised words that end in a street's, a road's or a ground's word.
    private static bool IsWhereItStands(List<Token> tokens, int from, int to)
    {
        var last = tokens[to - 1].Text;
        return (PlaceNameRule.IsStreetWord(last) || last is "Park" or "Reserve" or "Oval" or "Ground") && PlaceNameRule.AllCapitalised(tokens, from, to);
    }

    /// <summary>
    /// "the Storting in Oslo", "ARC Automotive Inc of Knoxville" tagged as one organisation: "in" and a listed place that
    /// end the span, or "of" or "for" after a short legal form, say where the organisation is; the name ends before them.
    /// The index of that "in", "of" or "for", or -1. "Embassy of the Philippines in Kuwait", which the organisation rule
    /// joins over "in", stays whole.
    /// </summary>
    private static int WhereAfterOrganization(List<Token> tokens, int from, int to, int end, GazetteerMatches matches)
    {
        for (var k = from + 1; k < to - 1; k++)
        {
            if (tokens[k].Text is "of" or "for" && tokens[k - 1].Text.Length <= 5 && matches.Single(k - 1) is { } form && form.Is(GazetteerKind.OrganizationSuffix)) return k;
            if (tokens[k].Text == "in" && matches.ExactlyPlace(k + 1, to) is not null && OrganizationRunJoins.CountryAfterIn(tokens, from, k, end, matches) == 0) return k;
            // "Crook County School District in Prineville": so does a listed town.
            if (tokens[k].Text == "in" && k + 2 == to && TownRule.IsTownWord(tokens[k + 1].Text) && matches.Longest(k + 1).Entry is null) return k;
            // "the Norwegian Polar Institute in Tromsø": one word no list knows after an institution's head word and "in" is where it is,
            // unless the head names a post abroad ("Chinese Embassy in Fiji").
            if (tokens[k].Text == "in" && k + 2 == to && IsUnlistedPlaceWord(tokens, matches, k + 1)
                && OrganizationNameRule.IsStrongHead(tokens[k - 1].Text, matches.Single(k - 1)) && !OrganizationRunJoins.InHeads.Contains(tokens[k - 1].Text)) return k;
        }
        return -1;
    }

    // Where the titles before the name at nameStart begin: "Lucas County [Commissioner] Pete Gerber".
    private static int TitlesBefore(List<Token> tokens, int from, int nameStart)
    {
        var titleStart = nameStart;
        while (titleStart > from && PersonTitles.IsListedTitle(tokens, titleStart - 1)) titleStart--;
        return titleStart;
    }

    // Tokens [from, end) of a span the tagger read as one person, named before that person's title.
    private static EntitySpan NameBeforeTitle(string text, List<Token> tokens, int start, int from, int end, string type, string source, string? canonical = null)
    {
        var (s, e) = (tokens[from].Start, tokens[end - 1].End);
        return new EntitySpan(s, e, text[s..e], type, source) { Canonical = canonical, AfterWord = from > start ? tokens[from - 1].Text : null };
    }

    /// <summary>
    /// A place's name in a span the tagger read as one person, "Lucas County Commissioner Pete Gerber": two or three
    /// capitalised words ending in a place's word ("County", "Province", "District") from <paramref name="from"/>, then
    /// titles from <paramref name="titleStart"/>, then the name from <paramref name="nameStart"/>.
    /// </summary>
    private static bool IsPlaceBeforeTitle(List<Token> tokens, int from, int titleStart, int nameStart)
    {
        if (titleStart - from is < 2 or > 3 || titleStart == nameStart || !PlaceNameRule.IsPlaceLastWord(tokens[titleStart - 1].Text)) return false;
        for (var k = from; k < titleStart; k++)
            if (!char.IsUpper(tokens[k].Text[0])) return false;
        return true;
    }

    /// <summary>
    /// A company's name in a span the tagger read as one person, "Marlow Dockworks CEO Tessa Quayle": one to three
    /// capitalised words from <paramref name="from"/>, unlisted as places or people, then titles from
    /// <paramref name="titleStart"/> that hold a company title ("CEO", "Chairman", "Chief Executive"), then the name
    /// from <paramref name="nameStart"/>.
    /// </summary>
    private static bool IsCompanyBeforeTitle(List<Token> tokens, GazetteerMatches matches, int from, int titleStart, int nameStart)
    {
        if (titleStart == from || titleStart - from > 3 || titleStart == nameStart) return false;
        var companyTitle = false;
        for (var k = titleStart; k < nameStart; k++) companyTitle |= EmployerRule.CompanyTitles.Contains(tokens[k].Text);
        if (!companyTitle) return false;
        for (var k = from; k < titleStart; k++)
            if (!char.IsUpper(tokens[k].Text[0]) || matches.Single(k) is { } listed && listed.Is(GazetteerKind.FirstName | GazetteerKind.Demonym)) return false;
        return !(matches.Longest(from) is ({ } length, { } entry) && from + length >= titleStart
            && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion));
    }

    // "the ruling Morena party", "the Sinaloa cartel": an unlisted name right before one of these lower-case words is an organisation.
    private static void BeforeParty(List<Token> tokens, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, GazetteerMatches matches)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            // A listed town of the same name does not stop it ("the ruling Morena party"; Morena is a city in India too).
            if (last >= end || type is not ("LOC" or "PER") || (entry is not null && !entry.Is(GazetteerKind.City)) || tokens[last].Text is not ("party" or "cartel" or "militia")) continue;
            if (matches.Longest(first) is { Entry: { } listed, Length: var length } && length == last - first
                && listed.Is(GazetteerKind.Country | GazetteerKind.Demonym | GazetteerKind.WorldRegion)) continue;
            spans[s] = (first, last, "ORG", source + "+rule:party", null);
        }
    }

    /// <summary>
    /// "Analyst Lars Jensen of Vespucci Maritime": a person's name opening with a listed first name, then "of" and a place the
    /// tagger found but no list knows, is the person and where the person works, an organisation, as when the tagger runs
    /// the two together (<see cref="TitleSplit"/>). "Maria Lopez of Lima" keeps its listed place, and "of Springfield,
    /// Illinois" its town before a listed state.
    /// </summary>
    private static void FirmAfterPersonOf(List<Token> tokens, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, GazetteerMatches matches)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            if (type != "LOC" || entry is not null || source != "tagger" || first - 3 < matches.Start || tokens[first - 1].Text != "of") continue;
            if (!IsNamedPersonEndingAt(spans, first - 1, matches)) continue;
            if (matches.ExactlyPlace(first, last) is not null || (last + 1 < end && tokens[last].Text == "," && TitleSplit.PlaceAt(matches, last + 1) > 0)) continue;
            // "Rep. Gerald DiSanto-Kemp of Montgomery County": a county or a district is where a lawmaker is from.
            if (last - first >= 2 && tokens[last - 1].Text is "County" or "District" or "Parish" or "Borough" or "Township" or "Province" or "Shire") continue;
            spans[s] = (first, last, "ORG", source + "+rule:person-of", null);
        }
    }

    private static readonly FrozenSet<string> PostWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "wrote", "posted", "said", "post", "posts", "statement", "message", "account", "video", "comments", "writing", "posting", "shared", "announced",
    ]);

    // "Modi wrote on X", "said in a post on X": the platform, a one-letter name nothing else finds.
    private static void PlatformX(List<Token> tokens, int start, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans)
    {
        for (var k = start + 2; k < end; k++)
        {
            if (tokens[k].Text is not "X" || tokens[k - 1].Text != "on" || !PostWords.Contains(tokens[k - 2].Text) || CoveredBy(spans, k, k + 1)) continue;
            spans.Add((k, k + 1, "ORG", "rule:platform", null));
        }
    }

    private static readonly FrozenSet<string> ShipPrefixes = FrozenSet.Create(StringComparer.Ordinal, ["RSV", "MV", "HMS", "USS", "HMAS", "HMCS", "HMNZS", "INS", "RV"]);

    /// <summary>"USS", "HMS": a ship's prefix.</summary>
    internal static bool IsShipPrefix(string word) => char.IsUpper(word[0]) && ShipPrefixes.Contains(word);

    /// <summary>"Xi", "Modi": a person news names by one word.</summary>
    internal static bool IsKnownPerson(string word) => word.Length > 1 && char.IsUpper(word[0]) && Lexicon.Instance.KnownPeople.Contains(word);

    /// <summary>
    /// "RSV Nuyina", "USS Gerald R. Ford": a ship's prefix and the capitalised words after it name a ship, no one's name
    /// and no organisation, though the tagger may take the prefix alone for an organisation ("USS") and leave the rest to
    /// the lists of people ("Carney"). The ship is held as a MISC name: it covers its words against the lists and rules
    /// after it, and no entity is made of it.
    /// </summary>
    private static void Ships(List<Token> tokens, int start, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans)
    {
        for (var i = start; i + 1 < end; i++)
        {
            // Every prefix is in capitals: a lower-case word needs no look-up.
            if (!IsShipPrefix(tokens[i].Text) || !IsNamePart(tokens[i + 1].Text)) continue;
            var last = i + 1;
            while (last < end && last - i <= 4 && (IsNamePart(tokens[last].Text) || CharChecks.IsInitial(tokens[last].Text))) last++;
            RemoveOverlapping(spans, i, last);
            spans.Add((i, last, "MISC", "rule:ship", null));
            i = last - 1;
        }
    }

    /// <summary>
    /// "Albertans" (Alberta), "San Franciscans" (San Francisco), "Texans" (Texas), "Parisians" (Paris), "New Yorkers" (New York),
    /// "Brooklynites": the people of a listed place. A word listed as a name ("Sanders", "Evans") is not read so.
    /// </summary>
    // A span of the text, not a substring: every unlisted name the finder keeps is asked, and most end in no "s".
    private static bool IsPeopleOfPlace(ReadOnlySpan<char> name, GazetteerEntry? listed)
    {
        if (name.Length <= 5 || name[^1] != 's' || listed is not null && listed.Is(GazetteerKind.Surname | GazetteerKind.FirstName)) return false;
        if (name.EndsWith("ians", StringComparison.Ordinal) && PlaceOf(name[..^4])) return true;
        if (name.EndsWith("ans", StringComparison.Ordinal) && (PlaceOf(name[..^2]) || PlaceOf(string.Concat(name[..^3], "o")) || PlaceOf(string.Concat(name[..^3], "as")))) return true;
        return (name.EndsWith("ers", StringComparison.Ordinal) && PlaceOf(name[..^3])) || (name.EndsWith("ites", StringComparison.Ordinal) && PlaceOf(name[..^4]));

        static bool PlaceOf(ReadOnlySpan<char> place) =>
            place.Length > 2 && Lexicon.Instance.Phrases.Lookup(place) is { } entry && entry.Is(GazetteerKind.Region | GazetteerKind.City | GazetteerKind.Country);
    }

    // "Ajikeev", "Toktogulova", "Kovalenko", "Nurlanuly": endings that make a word a family name in Russian, Ukrainian and
    // Central Asian usage.
    // Words after which a name is where something is or happens, hardly ever who does it ("to" and "from" take people as often).
    internal static bool IsPlacePreposition(string word) =>
        word is "in" or "near" or "at" or "outside" or "via" or "through" or "across" or "into" or "toward" or "towards" or "reached";

    internal static bool HasSurnameEnding(string word) =>
        word.Length > 4 && (word.EndsWith("ov", StringComparison.Ordinal) || word.EndsWith("ev", StringComparison.Ordinal)
            || word.EndsWith("ova", StringComparison.Ordinal) || word.EndsWith("eva", StringComparison.Ordinal)
            || word.EndsWith("enko", StringComparison.Ordinal) || word.EndsWith("uly", StringComparison.Ordinal) || word.EndsWith("kyzy", StringComparison.Ordinal));

    private static bool IsSurnameAfter(string word, GazetteerMatches matches, int k) =>
        word.Length > 1 && char.IsUpper(word[0]) && CharChecks.RestLower(word) && !TitleCaseLines.IsHeadlineVerb(word)
        && (matches.Longest(k).Entry is not { } entry || (entry.Is(GazetteerKind.Surname | GazetteerKind.FirstName) && !entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.PersonTitle | GazetteerKind.OrganizationHead | GazetteerKind.KnownOrganization)));

    /// <summary>The listed name at token <paramref name="i"/> against the spans found so far; returns the token after it.</summary>
    // A method of its own: the lambdas capture its variables, and in the loop they would allocate a closure for every token.
    private static int ApplyListed(List<Token> tokens, int start, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans,
        int i, int length, GazetteerEntry entry, string type)
    {
        var last = i + length;
        var overlapping = Overlapping(spans, i, last);
        // A listed city the tagger took for a person ("from Geneva") is the city, unless it is also a first name,
        // or a listed organisation ("Toyota said", though Toyota is a city too) and not after "in" or "from".
        if (entry.Is(GazetteerKind.City) && (!entry.Is(GazetteerKind.FirstName | GazetteerKind.KnownOrganization) || AfterPlacePreposition(tokens, i, start)) && overlapping.Count == 1
            && overlapping[0] is { Type: "PER" or "MISC" } single && single.First == i && single.Last == last)
        {
            spans.Remove(single);
            spans.Add((i, last, "LOC", "gazetteer:cities", entry));
            return last;
        }
        // A tagged name that contains the listed one wins ("Bank of England", "Russian Foreign Ministry").
        if (!ContainsLonger(overlapping, i, last))
        {
            RemoveOverlapping(spans, i, last);
            // "Cyril Amarchand Mangaldas and Slaughter and May" tagged as one run up to the second "and": the names before the
            // listed one and the word that joins them stay a name of their own.
            foreach (var before in overlapping)
                if (before.First < i - 1 && tokens[i - 1].Text is "and" or "," or "&" && char.IsUpper(tokens[i - 2].Text[0]) && !CoveredBy(spans, before.First, i - 1))
                    spans.Add((before.First, i - 1, before.Type, before.Source, null));
            var source = overlapping.Count == 1 && overlapping[0].Type == TaggerType(type) ? "tagger+gazetteer" : "gazetteer:" + Describe(entry);
            spans.Add((i, last, type, source, entry));
        }
        return last;
    }

    // Whether the organisation rule's name [first, last) wins over the tagged names it touches: it covers all of them (an
    // owner before a possessive may stay), is no tagged organisation found word for word, and "Detective Inspector Gareth
    // Lloyd of Gwent Police" (a person and the body after "of") is not split already.
    private static bool RuleWins(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> touched, int first, int last, bool owned)
    {
        foreach (var s in touched)
            if ((s.First < first && !owned) || s.Last > last || (s.Type == "ORG" && s.First == first && s.Last == last)) return false;
        foreach (var s in touched)
            if (s.Source == "tagger+rule:person-of") return false;
        return true;
    }

    // Whether a span of those overlapping [first, last) holds them and is longer.
    private static bool ContainsLonger(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> overlapping, int first, int last)
    {
        foreach (var s in overlapping)
            if (s.First <= first && s.Last >= last && s.Last - s.First > last - first) return true;
        return false;
    }

    // "Istanbul-based", "Beijing-backed": the place is named, the word is not part of what follows.
    private static bool IsHyphenModifier(string word) =>
        word.LastIndexOf('-') is var hyphen and > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) && char.IsUpper(word[0]);

    private static bool IsLowerCaseBreak(string word) =>
        word.Length >= 3 && char.IsLower(word[0]) && CharChecks.AllLetters(word) && !NameParticles.IsParticle(word);

    // "Kong-listed", "Lisbon-based": "-listed", "-based" and their like after a place; "Co-operation" is none.
    internal static bool IsPlaceAdjective(string word) =>
        IsHyphenModifier(word) && word[(word.LastIndexOf('-') + 1)..] is "based" or "listed" or "registered" or "headquartered" or "backed" or "owned" or "led" or "flagged";

    private static EntitySpan? PlaceBeforeHyphen(string text, Token token)
    {
        if (!IsHyphenModifier(token.Text)) return null;
        var place = token.Text[..token.Text.IndexOf('-')];
        var entry = Lexicon.Instance.Phrases.Lookup(place);
        if (entry is null || !entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region)) return null;
        return new EntitySpan(token.Start, token.Start + place.Length, place, EntityTypes.Location, "gazetteer+rule:hyphen") { CountryCode = entry.CountryCode };
    }

    // "Abu Dhabi-based", "Hong Kong-listed": a listed place of two words, the second glued to the modifier; the place's name.
    private static EntitySpan? PlaceOfTwoWordsBeforeHyphen(string text, Token before, Token token)
    {
        if (!IsHyphenModifier(token.Text) || before.End + 1 != token.Start || before.Text.Length < 2 || !char.IsUpper(before.Text[0])) return null;
        var hyphen = token.Text.IndexOf('-');
        var entry = Lexicon.Instance.Phrases.Lookup(before.Text + " " + token.Text[..hyphen]);
        if (entry is null || !entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region)) return null;
        var end = token.Start + hyphen;
        return new EntitySpan(before.Start, end, text[before.Start..end], EntityTypes.Location, "gazetteer+rule:hyphen") { CountryCode = entry.CountryCode };
    }

    private static bool IsDemonym(EntitySpan place) => Lexicon.Instance.Phrases.Lookup(place.Text) is { } entry && entry.Is(GazetteerKind.Demonym);

    /// <summary>The places inside "Istanbul-based", "Beijing-backed" of one sentence.</summary>
    // A list, not an iterator: the recognizer asks for every sentence, and kept the places in a list of its own anyway.
    public static List<EntitySpan> HyphenPlaces(string text, List<Token> tokens, int start, int end)
    {
        var places = new List<EntitySpan>();
        for (var i = start; i < end; i++)
        {
            // Each of the three holds a hyphen in the token: most tokens have none, and the checks (with the route word's
            // long list, asked before it) are skipped.
            if (tokens[i].Text.IndexOf('-') < 1) continue;
            if (i > start && PartyAndTown(text, tokens, i, end) is { } town) places.Add(town);
            else if (i > start && PlaceOfTwoWordsBeforeHyphen(text, tokens[i - 1], tokens[i]) is { } twoWords) places.Add(twoWords);
            else if (PlaceBeforeHyphen(text, tokens[i]) is { } place) places.Add(place);
            else if (PlacePair(tokens[i].Text, i + 1 < end && IsRouteWord(tokens[i + 1].Text)) > 0)
            {
                var token = tokens[i];
                for (var from = 0; from < token.Text.Length;)
                {
                    var to = token.Text.IndexOf('-', from) is var h and >= 0 ? h : token.Text.Length;
                    var part = token.Text[from..to];
                    places.Add(new EntitySpan(token.Start + from, token.Start + to, part, EntityTypes.Location, IsListedPlace(part) ? "gazetteer+rule:hyphen" : "rule:route-ends")
                    {
                        CountryCode = Lexicon.Instance.Phrases.Lookup(part)?.CountryCode ?? TownRule.CountryOf(part),
                    });
                    from = to + 1;
                }
            }
        }
        // "a Saudi-backed group": a people's name before a modifier names no place, whatever lists hold it.
        if (places.Count > 0) places.RemoveAll(IsDemonym);
        return places;
    }

    // "Sen. Pete Flores (R-Pleasanton)", "Rep. Ana Ruiz, D-San Antonio,": a Texas or Louisiana lawmaker is tagged by party and home
    // town, and the town after the party's letter is a place (the letter is no one's; see MiscNameFilter.IsPartyAndState).
    private static EntitySpan? PartyAndTown(string text, List<Token> tokens, int i, int end)
    {
        var word = tokens[i].Text;
        if (!MiscNameFilter.IsPartyAndTown(word) || tokens[i - 1].Text is not ("(" or ",")) return null;
        var last = i;
        while (last + 1 < end && last - i < 2 && tokens[last + 1].Text.Length > 1 && char.IsUpper(tokens[last + 1].Text[0]) && CharChecks.RestLower(tokens[last + 1].Text)) last++;
        if (last + 1 < end && tokens[last + 1].Text is not (")" or ",")) return null;
        var from = tokens[i].Start + 2;
        var name = text[from..tokens[last].End];
        return new EntitySpan(from, tokens[last].End, name, EntityTypes.Location, "rule:party-town") { CountryCode = TownRule.CountryOf(name) };
    }

    // "the Kirkuk-Ceyhan pipeline", "Baku-Tbilisi-Ceyhan": listed places joined by hyphens are so many places; the
    // position of the first hyphen, or 0. "the Chipata-Serenje railway", "the Dhalkebar-Muzaffarpur line": before a word
    // for a route, unlisted places are too (the ends of the route), each a word of letters written as a name.
    private static int PlacePair(string word, bool beforeRoute = false)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen < 2 || hyphen > word.Length - 3 || !char.IsUpper(word[0])) return 0;
        for (var from = 0; from < word.Length;)
        {
            var to = word.IndexOf('-', from) is var h and >= 0 ? h : word.Length;
            if (to - from < 2 || !char.IsUpper(word[from])) return 0;
            var part = word[from..to];
            if (!IsListedPlace(part) && !(beforeRoute && IsRouteEnd(part))) return 0;
            from = to + 1;
        }
        // "Guinea-Bissau", "Baden-Baden": a listed name is one place.
        return Lexicon.Instance.Phrases.Lookup(word) is null ? hyphen : 0;
    }

    // One end of a route named by its ends: a word of four letters or more, a capital then small letters, that no list
    // knows as a person's name or a nationality, and no prefix ("the Trans-Afghan railway", "Sino-Russian").
    private static bool IsRouteEnd(string part)
    {
        if (part.Length < 4 || !char.IsUpper(part[0]) || part is "Trans" or "Inter" or "Intra" or "Sino" or "Indo" or "Euro" or "Afro" or "Anglo"
            or "Franco" or "Russo" or "Greco" or "Austro" or "Italo" or "Hispano" or "Luso" or "Ibero" or "Arab" || !CharChecks.RestLower(part)) return false;
        return Lexicon.Instance.Phrases.Lookup(part) is not { } entry
            || !entry.Is(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.PersonTitle | GazetteerKind.Demonym);
    }

    // A route or a link between two places, named by its ends ("the Chipata-Serenje railway", "the Lusaka-Nairobi flight").
    private static bool IsRouteWord(string word) => word is "line" or "lines" or "railway" or "railways" or "rail" or "road" or "roads" or "highway"
        or "motorway" or "expressway" or "corridor" or "border" or "crossing" or "pipeline" or "pipelines" or "interconnector" or "interconnection"
        or "transmission" or "link" or "route" or "routes" or "flight" or "flights" or "section" or "stretch" or "axis" or "train" or "bus" or "ferry"
        or "cable" or "canal" or "waterway" or "trunk" or "bypass" or "service";

    private static bool IsListedPlace(string word) =>
        Lexicon.Instance.Phrases.Lookup(word) is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region)
        && !entry.Is(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.PersonTitle);

    // "his Saudi counterpart", "Saudi Energy Minister": a word listed as a country and as a nationality, before a
    // lower-case word (not "and", "to") or a title, is the nationality; "exports to Djibouti and Kenya" stays a place.
    private static bool IsAdjectiveUse(List<Token> tokens, int next, int end, GazetteerEntry entry, GazetteerMatches matches) =>
        entry.Is(GazetteerKind.Country) && entry.Is(GazetteerKind.Demonym) && next < end && tokens[next].Text.Length > 1
        && ((char.IsLower(tokens[next].Text[0]) && !Lexicon.Instance.EnglishStopwords.Contains(tokens[next].Text)) || PersonTitles.IsTitleWord(tokens[next].Text)
            || (matches.Longest(next).Entry is { } following && following.Is(GazetteerKind.PersonTitle) && !following.Is(GazetteerKind.FirstName)));

    private static bool IsListedPlaceName(List<Token> tokens, int from, int to, GazetteerMatches matches, string type) =>
        type == EntityTypes.Location && matches.Exactly(from, to) is { } place && place.Is(GazetteerKind.City | GazetteerKind.Region)
        && !matches.IsLowerCaseWord(from, tokens[from].Text);

    // "Tamil Nadu Chief Minister": the tagger cut a listed region of two words or more after its
    // first word (the rest ran into the title and went with it); the listed name is the place.
    private static bool CutPlace(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int first, int last, GazetteerEntry entry)
    {
        if (!entry.Is(GazetteerKind.City | GazetteerKind.Region)) return false;
        var overlapping = Overlapping(spans, first, last);
        if (overlapping.Count != 1 || overlapping[0] is not { Type: "LOC" } cut || cut.First != first || cut.Last >= last) return false;
        spans.Remove(cut);
        spans.Add((first, last, "LOC", "tagger+gazetteer", entry));
        return true;
    }

    private static bool AfterPlacePreposition(List<Token> tokens, int i, int start) =>
        i > start && tokens[i - 1].Text is "in" or "from" or "to" or "at" or "near" or "outside";

    // "Skadden, Arps, Slate, Meagher & Flom LLP", "Wachtell, Lipton, Rosen & Katz": partners' names joined by commas and a last
    // "&" are one firm.
    private static void PartnersFirm(List<Token> tokens, int start, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans)
    {
        for (var i = start; i + 4 < end; i++)
        {
            if (!IsPartnerName(tokens[i].Text) || tokens[i + 1].Text != "," || (i > start && char.IsUpper(tokens[i - 1].Text[0]))) continue;
            var k = i;
            var names = 1;
            while (k + 2 < end && tokens[k + 1].Text == "," && IsPartnerName(tokens[k + 2].Text)) { k += 2; names++; }
            if (k + 2 >= end || tokens[k + 1].Text != "&" || !IsPartnerName(tokens[k + 2].Text) || names < 2) { i = k; continue; }
            var last = k + 3;
            if (last < end && tokens[last].Text is "LLP" or "LLC" or "PC" or "P.C.") last++;
            RemoveOverlapping(spans, i, last);
            spans.Add((i, last, "ORG", "rule:partners-firm", null));
            i = last;
        }
    }

    private static bool IsPartnerName(string word) => word.Length > 1 && char.IsUpper(word[0]) && CharChecks.RestLower(word);

    /// <summary>"NAIROBI — ...": a capitalised dateline opening a paragraph is a place, named in title case.</summary>
    private static void Dateline(List<Token> tokens, int start, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans)
    {
        // "TOKYO/LONDON, May 14 (Reuters) -": a story filed from two places names both, joined by a slash.
        // Most sentences open with no capitalised word, and then need no list.
        if (start >= end || !IsDatelineWord(tokens[start].Text)) return;
        var places = new List<(int First, int Last)>(1);
        var first = start;
        while (true)
        {
            var last = first;
            while (last < end && last - first < 3 && IsDatelineWord(tokens[last].Text)) last++;
            if (last == first) return;
            places.Add((first, last));
            if (places.Count == 3 || last + 1 >= end || tokens[last].Text != "/" || !IsDatelineWord(tokens[last + 1].Text)) break;
            first = last + 1;
        }
        var after = places[^1].Last;
        if (after >= end) return;
        var mark = tokens[DatelineEnd(tokens, after, end)].Text;
        if (!IsDash(mark) && mark != ":") return;
        // "VATICAN CITY": a listed place keeps its country code and its list name.
        var listed = places.ConvertAll(p => ListedPlace(tokens, p.First, p.Last));
        // "NEW DELHI:", "KUALA LUMPUR (Dec 1):": a colon ends a dateline too, where the place is one the lists know.
        if (mark == ":" && listed.Contains(null)) return;
        for (var p = 0; p < places.Count; p++)
        {
            var (from, to) = places[p];
            RemoveOverlapping(spans, from, to);
            spans.Add((from, to, "LOC", "rule:dateline", listed[p]));
        }
    }

    // The country, city or region the lists know under a dateline's words in title case, or null.
    private static GazetteerEntry? ListedPlace(List<Token> tokens, int from, int to) =>
        Lexicon.Instance.Phrases.Lookup(TitleCase(string.Join(' ', tokens.GetRange(from, to - from).Select(t => t.Text)))) is { } entry
        && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region) ? entry : null;

    private static bool IsDatelineWord(string word)
    {
        if (word.Length <= 1) return false;
        foreach (var c in word)
            if (!char.IsUpper(c) && c != '.') return false;
        return true;
    }

    private static bool IsDash(string token) => token is "—" or "–" or "-" or "--";

    internal static readonly FrozenSet<string> MonthWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "January", "February", "March", "April", "June", "July", "August", "September", "October", "November", "December",
    ]);

    /// <summary>
    /// Where a dateline's place is followed by wire-copy furniture before its dash ("LONDON, Nov 6
    /// (Reuters) -", "PARIS (AFP) —"): the index of the token after it, or <paramref name="i"/> when none.
    /// </summary>
    private static int DatelineEnd(List<Token> tokens, int i, int end)
    {
        var k = i;
        if (k < end && tokens[k].Text == ",")
        {
            for (k++; k < end && k - i <= 4 && (MonthWords.Contains(tokens[k].Text) || tokens[k].Text == "." || char.IsDigit(tokens[k].Text[0])); k++) { }
            // "EDMONTON, Alberta —", "HONIARA, Solomon Islands —": the state or country after the comma, in title case.
            if (k == i + 1)
            {
                for (; k < end && k - i <= 3 && tokens[k].Text.Length > 1 && char.IsUpper(tokens[k].Text[0]) && CharChecks.RestLower(tokens[k].Text) && !MonthWords.Contains(tokens[k].Text); k++) { }
                // "HOLMFIRTH, England, Dec 1 (...) -": and the date after it.
                if (k > i + 1 && k + 1 < end && tokens[k].Text == "," && MonthWords.Contains(tokens[k + 1].Text))
                    for (var date = k + 1; date < end && date - k <= 4 && (MonthWords.Contains(tokens[date].Text) || tokens[date].Text == "." || char.IsDigit(tokens[date].Text[0])); date++) k = date + 1;
            }
        }
        // "(Reuters)", "(Capital Wire Service)": the agency in brackets, in a word or a few.
        // "KUALA LUMPUR (Dec 1):": the date in brackets.
        if (k + 3 < end && tokens[k].Text == "(" && MonthWords.Contains(tokens[k + 1].Text) && char.IsDigit(tokens[k + 2].Text[0]) && tokens[k + 3].Text == ")") k += 4;
        else if (k + 2 < end && tokens[k].Text == "(" && char.IsUpper(tokens[k + 1].Text[0]))
        {
            var close = k + 2;
            while (close < end && close - k <= 4 && char.IsUpper(tokens[close].Text[0])) close++;
            if (close < end && tokens[close].Text == ")") k = close + 1;
        }
        return k < end && (IsDash(tokens[k].Text) || tokens[k].Text == ":") ? k : i;
    }

    private static string? TypeOf(GazetteerEntry entry) =>
        entry.Is(GazetteerKind.Country | GazetteerKind.WorldRegion) ? "LOC"
        : entry.Is(GazetteerKind.KnownOrganization) ? "ORG"
        : entry.Is(GazetteerKind.Demonym) ? "NORP"
        : null;

    private static string TaggerType(string type) => type == "NORP" ? "MISC" : type;

    private static string Describe(GazetteerEntry entry) =>
        entry.Is(GazetteerKind.Country) ? "countries"
        : entry.Is(GazetteerKind.WorldRegion) ? "world-regions"
        : entry.Is(GazetteerKind.KnownOrganization) ? "organizations"
        : "demonyms";

    // "Government Buildings that Fine Gael had leased": a word that opens a clause or is a verb is in no organisation's name.
    private static bool IsClauseWord(string word) =>
        word is "that" or "which" or "who" or "whom" or "whose" or "where" or "when" or "while" or "was" or "were" or "had" or "has" or "have"
            or "will" or "would" or "said" or "says" or "could" or "should";

    // Every word one the English word list knows in lower case ("Local", "News"), whatever else it is.
    private static bool AllLowerCaseWords(List<Token> tokens, int first, int last, GazetteerMatches matches)
    {
        for (var k = first; k < last; k++)
            if (!matches.IsEnglishWord(k, tokens[k].Text)) return false;
        return true;
    }

    // "Western Grains Research Foundation", "European Bank for Reconstruction ...": a body's head word among the capitalised
    // words after the first of [from, to), before any lower-case word (one head word alone names no second body).
    private static bool HeadBeforeConnector(List<Token> tokens, GazetteerMatches matches, int from, int to)
    {
        for (var j = from + 1; j < to && char.IsUpper(tokens[j].Text[0]); j++)
            if (matches.Single(j) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix)) return true;
        return false;
    }

    // "Zeynep Akgündüz Şahin | Gaziantep": a byline that opens its line with a person's full name before a bar is no menu item.
    private static bool IsBylineBeforeBar(List<Token> tokens, int from, int to, int start, string type, GazetteerMatches matches)
    {
        if (type != "PER" || from != start || to - from is < 2 or > 4 || matches.Single(from) is not { } given || !given.Is(GazetteerKind.FirstName)) return false;
        for (var k = from; k < to; k++)
            if (FeatureExtractor.IsLowerCaseWord(tokens[k].Text)) return false;
        return true;
    }

    // "Home | Local News | Benton County | Kittitas County", "News | Oldham | Rochdale": a county or a parish, or a town the lists
    // know read as a place, in a local site's menu is the area it covers, a place.
    private static bool IsAreaInMenu(List<Token> tokens, int from, int to, string type) =>
        to - from >= 2 && tokens[to - 1].Text is "County" or "Parish" or "Borough" or "Province" or "Region" or "District"
        || (to - from == 1 && type == "LOC" && !FeatureExtractor.IsEnglishWord(tokens[from].Text) && TownRule.CountryOf(tokens[from].Text) is not null);

    /// <summary>"Foreign Minister Sameh Shoukry": two to four capitalised words after a title are a person.</summary>
    private static IEnumerable<(int, int, string, string, GazetteerEntry?)> TitleRule(
        List<Token> tokens, int start, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, GazetteerMatches matches)
    {
        var phrases = Lexicon.Instance.Phrases;
        for (var i = start; i < end; i++)
        {
            var (length, entry) = matches.Longest(i);
            if (entry is null || !entry.Is(GazetteerKind.PersonTitle) || !char.IsUpper(tokens[i].Text[0])) continue;
            var first = i + length;
            // "Singapore's Transport Minister, Chee Hong Tat, visited": the name may follow the title after a comma, and then ends at one.
            var afterComma = first + 1 < end && tokens[first].Text == "," && char.IsUpper(tokens[first + 1].Text[0]);
            var office = -1;
            if (afterComma) first++;
            // "President of Kazakhstan Aidos Serikbayev", "Minister for Foreign Affairs of Japan Sato Haruki": the office's
            // portfolio and country stand between the title and the name.
            else if (AfterOfficeCountry(tokens, first, end, matches) is var holder and > 0) (first, office) = (holder, first);
            var last = first;
            while (last < end && last - first < 4 && IsNamePart(tokens[last].Text)) last++;
            // After the office's country the tagger's person may have lost a first name it did not know: the rule's name holds it whole.
            // "Mayor of Kandy Lasantha Perera", read as one person: the office's place opens the tagger's person, and goes back to a place.
            var placeInPerson = office >= 0 ? PersonFromOfficePlace(spans, office, first, last) : -1;
            if (last - first < 2 || (OverlapsPerson(spans, first, last) && !(office >= 0 && (PeopleWithin(spans, first, last) || placeInPerson >= 0)))) continue;
            if (afterComma && (last >= end || tokens[last].Text != "," || Enumerable.Range(first, last - first).Any(k => matches.Single(k) is { } word && !word.Is(GazetteerKind.FirstName | GazetteerKind.Surname | GazetteerKind.FamilyNameFirst)))) continue;
            // "General Statistics Office": words of an organisation's name after a title are not a person.
            if (Enumerable.Range(first, last - first).Any(k => matches.Single(k) is { } part && part.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix))) continue;
            // "Chief Operating Officer: ...": words that end in a title word are the rest of the title, no one's name.
            if (PersonTitles.IsTitleWord(tokens[last - 1].Text)) continue;
            if (phrases.Match(tokens, first, last).Entry is { } listed && TypeOf(listed) is not null) continue;
            // "General Secretary of the Communist Party of Viet Nam Trần Văn Đức" tagged as one organisation: the body stays.
            var body = office >= 0 ? OrganizationAcross(spans, first) : -1;
            var kept = body >= 0 && TitleSplit.HasOrganizationWord(tokens, spans[body].First, first, matches) ? spans[body] : default;
            // "Det Insp Folasade Adeyemi-Brooks of Greater Manchester Police" read as one organisation: the body after "of" stays.
            var after = last + 1 < end && tokens[last].Text is "of" or "at" && char.IsUpper(tokens[last + 1].Text[0]) ? OrganizationAcross(spans, last) : -1;
            var rest = after >= 0 && spans[after] is { Type: "ORG" } whole && whole.Last > last + 1 ? whole : default;
            RemoveOverlapping(spans, first, last);
            if (placeInPerson >= 0) spans.Add((placeInPerson, first, "LOC", "rule:title", null));
            if (kept.Type is not null) spans.Add((kept.First, first, kept.Type, kept.Source, kept.Entry));
            if (rest.Type is not null) spans.Add((last + 1, rest.Last, "ORG", rest.Source + "+rule:title", null));
            yield return (first, last, "PER", "rule:title", null);
        }
    }

    // Where a name may start after "of"/"for" and a portfolio ("for Foreign Affairs"), then "of"/"to" (and "the") and a
    // listed country, city or region, right after a title; or -1.
    private static int AfterOfficeCountry(List<Token> tokens, int k, int end, GazetteerMatches matches)
    {
        // "Minister for Foreign Affairs and Trade of Hungary ...": the portfolio may go on after "and".
        for (var round = 0; round < 3 && k < end && tokens[k].Text is "of" or "for" or "to" or "and"; round++)
        {
            var j = k + 1;
            if (j < end && tokens[j].Text == "the") j++;
            if (j >= end) return -1;
            var place = TitleSplit.PlaceAt(matches, j);
            // "Governor of Lagos State Tunde Bakare": a place's own word goes with the place.
            if (place > 0 && j + place + 1 < end && TitleSplit.PlaceNameWords.Contains(tokens[j + place].Text)) place++;
            if (place > 0 && j + place < end && IsNamePart(tokens[j + place].Text) && !TitleSplit.PlaceNameWords.Contains(tokens[j + place].Text)) return j + place;
            var portfolio = j;
            while (portfolio < end && portfolio - j < 5 && (char.IsUpper(tokens[portfolio].Text[0]) || (portfolio > j && tokens[portfolio].Text is "'" or "’" or "'s" or "’s"))) portfolio++;
            if (portfolio == j) return -1;
            k = portfolio;
        }
        return -1;
    }

    // Loops, not List.Exists or RemoveAll with a lambda: a lambda that captures the span's bounds allocates a closure and a
    // delegate on every call, and these run for every candidate of every sentence.
    private static bool OverlapsPerson(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int first, int last)
    {
        foreach (var s in spans)
            if (s.First < last && first < s.Last && s.Type == "PER") return true;
        return false;
    }

    private static int OrganizationAcross(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int k)
    {
        for (var i = 0; i < spans.Count; i++)
            if (spans[i].First < k && k < spans[i].Last && spans[i].Type == "ORG") return i;
        return -1;
    }

    // Where the one person or place span that runs from inside the office's place [office, first) to the end of the name starts, or -1.
    private static int PersonFromOfficePlace(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int office, int first, int last)
    {
        var found = -1;
        foreach (var s in spans)
        {
            if (!(s.First < last && first < s.Last)) continue;
            if (s.Type is not ("PER" or "LOC") || s.First <= office || s.First >= first || s.Last > last || found >= 0) return -1;
            found = s.First;
        }
        return found;
    }

    private static bool PeopleWithin(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int first, int last)
    {
        foreach (var s in spans)
            if (s.First < last && first < s.Last && !(first <= s.First && s.Last <= last)) return false;
        return true;
    }

    // The index of the span of the type that ends at token k, or -1.
    internal static int SpanEndingAt(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int k, string type)
    {
        for (var i = 0; i < spans.Count; i++)
            if (spans[i].Last == k && spans[i].Type == type) return i;
        return -1;
    }

    // The index of the person's, place's or organisation's name that starts at token k, or -1.
    private static int NameStartingAt(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int k)
    {
        for (var i = 0; i < spans.Count; i++)
            if (spans[i].First == k && spans[i].Type is "PER" or "LOC" or "ORG") return i;
        return -1;
    }

    private static int IndexOf(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int first, int last)
    {
        for (var i = 0; i < spans.Count; i++)
            if (spans[i].First == first && spans[i].Last == last) return i;
        return -1;
    }

    // A person's name of two or three words, opening with a listed first name, that ends at token k.
    private static bool IsNamedPersonEndingAt(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int k, GazetteerMatches matches)
    {
        foreach (var p in spans)
            if (p.Last == k && p.Type == "PER" && p.Last - p.First is 2 or 3 && matches.Single(p.First) is { } given && given.Is(GazetteerKind.FirstName)) return true;
        return false;
    }

    // Removes the spans that start after token after and end by end (the words in a party's brackets).
    private static void RemoveInBrackets(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int after, int end)
    {
        var kept = 0;
        for (var i = 0; i < spans.Count; i++)
            if (!(spans[i].First > after && spans[i].Last <= end)) spans[kept++] = spans[i];
        spans.RemoveRange(kept, spans.Count - kept);
    }

    /// <summary>Whether a span that overlaps [first, last) starts before it or ends after it: a rule naming [first, last) would cut it.</summary>
    internal static bool AnyRunsOutside(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int first, int last)
    {
        foreach (var s in spans)
            if (s.First < last && first < s.Last && (s.First < first || s.Last > last)) return true;
        return false;
    }

    /// <summary>Whether one span holds all of [first, last).</summary>
    internal static bool CoveredBy(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int first, int last)
    {
        foreach (var s in spans)
            if (s.First <= first && last <= s.Last) return true;
        return false;
    }

    private static List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> Overlapping(
        List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int first, int last)
    {
        var overlapping = new List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)>();
        foreach (var s in spans)
            if (s.First < last && first < s.Last) overlapping.Add(s);
        return overlapping;
    }

    /// <summary>Removes the spans that overlap tokens [first, last), in place: a loop, as a lambda capturing the bounds would
    /// make its closure on every call.</summary>
    internal static void RemoveOverlapping(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int first, int last)
    {
        var kept = 0;
        for (var i = 0; i < spans.Count; i++)
            if (!(spans[i].First < last && first < spans[i].Last)) spans[kept++] = spans[i];
        spans.RemoveRange(kept, spans.Count - kept);
    }

    // Whether a word of tokens [from, to) holds a letter.
    private static bool HoldsLetter(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (CharChecks.AnyLetter(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>Puts the place [first, last), with no list's entry, in the stead of the spans that overlap it.</summary>
    internal static void SetPlace(List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans, int first, int last, string source)
    {
        RemoveOverlapping(spans, first, last);
        spans.Add((first, last, "LOC", source, null));
    }

    private static bool IsNamePart(string word) =>
        (word.Length > 1 && char.IsUpper(word[0]) && !CharChecks.AllUpper(word))
        || word is "bin" or "ibn" or "de" or "van" or "von"
        || (word.Length > 3 && word[2] == '-' && word[0] is 'a' or 'e' && word[1] == 'l' && char.IsUpper(word[3]));

    /// <summary>Drops a leading "the" and a trailing possessive or punctuation.</summary>
    private static (int, int) Trim(List<Token> tokens, GazetteerMatches matches, int first, int last, bool organization = false)
    {
        // "Chief Executive Jochen Hanebeck": a title the tagger took into the name is not part of it;
        // "Justice and Development Party" is listed as it stands, and an organisation that ends in its head
        // word keeps a title word it opens with ("General Elections Commission").
        var listed = organization || IsListedWhole(tokens, matches, first, last);
        // "General Directorate of General Security", "General Secretariat for ...": nor one whose title word heads a body's head word.
        while (!listed && last - first > 2 && matches.LongestWithin(tokens, first, last - 2) is { Entry: { } title, Length: var length }
            && title.Is(GazetteerKind.PersonTitle) && !title.Is(GazetteerKind.FirstName)
            && !OrganizationNameRule.IsStrongHead(tokens[first + length].Text, matches.Single(first + length))) first += length;
        if (!listed && tokens[first].Text == "Sultan" && IsTitleBeforeArabicName(tokens, first + 1, last)) first++;
        while (first < last && (tokens[first].Text is "the" or "The" or "'s" or "’s" || !char.IsLetterOrDigit(tokens[first].Text[0]))) first++;
        while (last > first && (tokens[last - 1].Text is "'s" or "’s" || !CharChecks.AnyLetterOrDigit(tokens[last - 1].Text)) && !IsListedWhole(tokens, matches, first, last)
            && !IsBracketedLegalForm(tokens, first, last) && !IsBracketedPartyQualifier(tokens, first, last) && !IsDottedFormEnd(tokens, first, last)
            && !SaintNames.IsSaintsPossessive(tokens, first, last)) last--;
        // "UN Security Council Resolution 2254" names a document of the council, not the council.
        if (last - first > 1 && tokens[last - 1].Text == "Resolution") last--;
        return (first, last);
    }

    // "Sultan Haitham bin Tarik": "Sultan", a given name too ("Sultan bin Abdulaziz", "Sultan Al Jaber"), is the ruler's title
    // before a given name and "bin".
    private static bool IsTitleBeforeArabicName(List<Token> tokens, int name, int last) =>
        name + 2 < last && char.IsUpper(tokens[name].Text[0]) && NameParticles.IsPatronymic(tokens[name + 1].Text);

    // "Hekurudha Shqiptare sh.a.", read as "sh", ".", "a", ".": the last full stop of a form in small dotted letters is the form's.
    private static bool IsDottedFormEnd(List<Token> tokens, int first, int last) =>
        last - first > 3 && tokens[last - 1].Text == "." && tokens[last - 2].Text.Length == 1 && char.IsLower(tokens[last - 2].Text[0])
        && tokens[last - 2].End == tokens[last - 1].Start && tokens[last - 3].Text == "." && tokens[last - 3].End == tokens[last - 2].Start;

    // "PT Kereta Api Indonesia (Persero)": a name that ends in a legal form in brackets keeps the closing bracket; a club's
    // "SC" or "FC" in brackets is an acronym ("Securities Commission Malaysia (SC)").
    private static bool IsBracketedLegalForm(List<Token> tokens, int first, int last) =>
        last - first > 3 && tokens[last - 1].Text == ")" && tokens[last - 3].Text == "(" && !OrganizationNameRule.IsClubSuffix(tokens[last - 2].Text)
        && Lexicon.Instance.Phrases.Lookup(tokens[last - 2].Text) is { } form && form.Is(GazetteerKind.OrganizationSuffix);

    // "Janata Dal (United)": the brackets of a party's qualifier close its name.
    private static bool IsBracketedPartyQualifier(List<Token> tokens, int first, int last) =>
        tokens[last - 1].Text == ")" && tokens.FindIndex(first, last - first, t => t.Text == "(") is var open and > 0
        && EndsAsParty(tokens, first, open);

    // "-neft", "-gaz", "-atom", "-flot": the trade a Russian company's compound name ends in.
    private static readonly string[] RussianTradeEndings = ["neftegaz", "neft", "gaz", "prom", "atom", "energo", "flot", "stroy", "trans"];

    private static bool IsRussianCompanyCompound(string word) =>
        word.Length >= 7 && char.IsUpper(word[0]) && CharChecks.RestLower(word) && EndsInRussianTrade(word);

    private static bool EndsInRussianTrade(string word)
    {
        foreach (var ending in RussianTradeEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= 3) return true;
        return false;
    }

    private static bool IsLowerCaseBrand(string word, bool beforeLegalForm) =>
        word.Length >= 3 && char.IsLower(word[0]) && CharChecks.AllLetters(word) && !FeatureExtractor.IsEnglishWord(word)
        && (beforeLegalForm || word.Any(char.IsUpper));

    // "... Elections Commission": a tagged name whose last word is an organisation's head (not a trade word like "Energy").
    private static bool EndsInStrongHead(List<Token> tokens, int last, GazetteerMatches matches) =>
        matches.Single(last - 1) is { } entry && entry.Is(GazetteerKind.OrganizationHead) && !entry.Is(GazetteerKind.PersonTitle)
        && !OrganizationNameRule.WeakHeads.Contains(tokens[last - 1].Text);

    // "Moody's", "McDonald's", "OPEC+": a listed name that ends in a possessive or a mark keeps it.
    private static bool IsListedWhole(List<Token> tokens, GazetteerMatches matches, int first, int last) =>
        last - first > 1 && matches.LongestWithin(tokens, first, last).Length == last - first;

    // "Malaysia's Transport Minister, Goh/PER Wee Kiat, said": a person set off by commas right after a title takes in the
    // capitalised words up to the closing comma that the tagger left out (four words in all at most).
    private static void PersonBetweenCommas(List<Token> tokens, int start, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, entry) = spans[s];
            if (type != "PER" || first - 2 < start || tokens[first - 1].Text != "," || !PersonTitles.IsTitleWord(tokens[first - 2].Text)) continue;
            var to = last;
            while (to < end && to - first < 4 && char.IsUpper(tokens[to].Text[0]) && CharChecks.RestLower(tokens[to].Text) && !CoveredBy(spans, to, to + 1)) to++;
            if (to > last && to < end && tokens[to].Text == ",") spans[s] = (first, to, type, source + "+rule:between-commas", entry);
        }
    }

    // "Accra 101.3 FM", "Lagos 97.9 FM": the band after a station's frequency is no name. "Transcript: Can Ghana's cocoa board pay
    // its farmers?": nor is the verb that opens a question.
    private static void NoNameWords(List<Token> tokens, int start, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans,
        GazetteerMatches matches)
    {
        for (var s = spans.Count - 1; s >= 0; s--)
        {
            var (first, last, _, source, entry) = spans[s];
            if (entry is not null) continue;
            var word = tokens[first].Text;
            if (last - first == 1 && word is "FM" or "AM" && first > start && IsFrequency(tokens[first - 1].Text))
                spans.RemoveAt(s);
            else if (word is "Can" or "Will" or "Should" or "Could" or "Would" or "Does" or "Did" or "Is" or "Are" or "Must" or "Shall"
                && (first == start || tokens[first - 1].Text is ":" or "\"" or "“") && tokens[end - 1].Text == "?")
            {
                // "Will Uganda's new refinery open on time?": the place after the verb stays.
                if (last - first == 1) spans.RemoveAt(s);
                else if (matches.ExactlyPlace(first + 1, last) is { } place) spans[s] = (first + 1, last, "LOC", source + "+rule:question", place);
            }
        }
    }

    // "101.3", "97.9", "1089": a station's frequency.
    private static bool IsFrequency(string word)
    {
        var dot = word.IndexOf('.');
        var whole = dot < 0 ? word : word[..dot];
        return whole.Length is >= 2 and <= 4 && whole.All(char.IsAsciiDigit) && (dot < 0 || (dot < word.Length - 1 && word[(dot + 1)..].All(char.IsAsciiDigit)));
    }

    // "said Israel Mendoza Paredes, 34, a mechanic from Valencia": two to four capitalised words after "said" or "says" and before
    // an age between commas are a person, whatever the tagger took them for.
    private static void PersonBeforeAge(List<Token> tokens, int start, int end, List<(int First, int Last, string Type, string Source, GazetteerEntry? Entry)> spans)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var (first, last, type, source, _) = spans[s];
            if (type is not ("LOC" or "ORG") || last - first is < 2 or > 4 || first - 1 < start || tokens[first - 1].Text is not ("said" or "says")
                || last + 2 >= end || tokens[last].Text != "," || tokens[last + 2].Text != "," || tokens[last + 1].Text is not { Length: <= 3 } age
                || !age.All(char.IsAsciiDigit)) continue;
            var names = true;
            for (var k = first; k < last && names; k++) names = char.IsUpper(tokens[k].Text[0]) && CharChecks.RestLower(tokens[k].Text);
            if (names) spans[s] = (first, last, "PER", source + "+rule:age", null);
        }
    }

    // The end of an organisation's name before a second "for the" ("... for Rural Development for the Kyzylorda Bypass"), or to.
    private static int BeforeSecondForThe(List<Token> tokens, int from, int to)
    {
        var firstFor = false;
        for (var k = from + 1; k + 1 < to; k++)
        {
            if (tokens[k].Text != "for") continue;
            if (firstFor && tokens[k + 1].Text == "the") return k;
            firstFor = true;
        }
        return to;
    }

    // Two person names back to back ("Sultan" + "Al Jaber") are one name the tagger split: news
    // never writes two people's names without a comma or a word between them.
    private static IEnumerable<(int First, int Last, string Type)> MergeAdjacentPeople(List<Token> tokens, GazetteerMatches matches, List<(int First, int Last, string Type)> spans)
    {
        // "President of the European Commission Ursula/ORG von der Leyen/PER": a given name that ends an organisation the tagger
        // found, right before a person it found (or a name opened by a particle, which it may read as MISC), opens that person's name.
        for (var i = 0; i + 1 < spans.Count; i++)
            if (spans[i] is { Type: "ORG" } body && body.Last - body.First >= 2 && spans[i + 1] is { Type: "PER" or "MISC" } person
                && (person.Type == "PER" || NameParticles.IsParticle(tokens[person.First].Text))
                && person.First - body.Last is >= 0 and <= 2 && OnlyParticles(tokens, body.Last, person.First)
                && matches.Single(body.Last - 1) is { IsOnlyGivenName: true })
                (spans[i], spans[i + 1]) = ((body.First, body.Last - 1, "ORG"), (body.Last - 1, person.Last, "PER"));
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, last, type) = spans[i];
            if (type != "PER" && PersonAfterTitle(tokens, matches, spans, i) is var through and > 0) (type, last, i) = ("PER", spans[through].Last, through);
            while (type == "PER" && i + 1 < spans.Count && spans[i + 1].First == last && spans[i + 1].Type == "PER") last = spans[++i].Last;
            yield return (first, last, type);
        }
    }

    /// <summary>
    /// "chief executive Khaldoon/ORG Khalifa Al/PER Mubarak/PER", "... Khaldoon/ORG Khalifa Al/ORG Mubarak/ORG": right
    /// after a title, tagged pieces with at most two capitalised words between them, five words in all, are one
    /// person when one piece is a person, the first word is a listed first name or a particle of a name ("Al", "bin")
    /// follows, and no piece starts with a listed place or organisation. The index of the last piece, or -1.
    /// </summary>
    private static int PersonAfterTitle(List<Token> tokens, GazetteerMatches matches, List<(int First, int Last, string Type)> spans, int i)
    {
        var first = spans[i].First;
        if (first <= matches.Start || !IsTitleBefore(tokens[first - 1].Text) || IsListedPlaceOrOrganization(matches, first)) return -1;
        var person = matches.Single(first) is { } name && name.Is(GazetteerKind.FirstName);
        var through = -1;
        for (var j = i + 1; j < spans.Count && spans[j].Last - first <= 5 && GapOfNameWords(tokens, spans[j - 1].Last, spans[j].First); j++)
        {
            if (IsListedPlaceOrOrganization(matches, spans[j].First)) break;
            person |= spans[j].Type == "PER";
            // "Khalifa Al Mubarak", "Faisal bin Farhan": a particle of a person's name inside says so too.
            for (var k = spans[j - 1].Last; k < spans[j].Last; k++) person |= NameParticles.IsParticle(tokens[k].Text) || NameParticles.IsArticleName(tokens[k].Text);
            through = j;
        }
        return person ? through : -1;
    }

    private static bool IsListedPlaceOrOrganization(GazetteerMatches matches, int k) =>
        matches.Longest(k).Entry is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion | GazetteerKind.KnownOrganization);

    // Tokens [from, to) are no more than two capitalised words.
    private static bool GapOfNameWords(List<Token> tokens, int from, int to)
    {
        if (to - from > 2 || to < from) return false;
        for (var k = from; k < to; k++)
            if (!char.IsUpper(tokens[k].Text[0])) return false;
        return true;
    }

    // "Executive", or "executive" in lower case: a word that ends a person's title.
    private static bool IsTitleBefore(string word)
    {
        if (PersonTitles.IsTitleWord(word)) return true;
        if (!(word.Length > 1 && char.IsLower(word[0]))) return false;
        // The capitalised word in a buffer, not a new string for every lower-case word asked.
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.AsSpan().CopyTo(buffer);
        buffer[0] = char.ToUpperInvariant(word[0]);
        return PersonTitles.IsTitleWord(buffer);
    }

    // "Russian Senate (Council of the Federation)", "Ethiopia, Egypt": a tagged name never runs over a bracket or a
    // comma (the names that hold commas come from the organisation rule), so a tagged span is cut there.
    private static void AddCutAtBrackets(List<Token> tokens, int first, int last, string type, List<(int First, int Last, string Type)> spans)
    {
        var from = first;
        for (var k = first; k < last; k++)
        {
            if (tokens[k].Text is not ("(" or ")" or "[" or "]" or "," or ";")) continue;
            if (k > from) spans.Add((from, k, type));
            from = k + 1;
        }
        if (from < last) spans.Add((from, last, type));
    }

    // "GAZİANTEP", "İZMİR": Turkish writes the capital of "i" with its dot, which the invariant culture does not lower.
    internal static string TitleCase(string upper) =>
        System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(upper.Replace('İ', 'I').ToLowerInvariant());

    // The tagged spans of a sentence, cut at brackets and commas, in one list: the iterators this went through (the spans,
    // and one for the pieces of each) were allocated for every sentence and every span.
    private static List<(int First, int Last, string Type)> TaggedSpans(List<Token> tokens, int[] tags, int offset)
    {
        var spans = new List<(int First, int Last, string Type)>();
        var begin = -1;
        for (var i = 0; i <= tags.Length; i++)
        {
            var tag = i < tags.Length ? tags[i] : 0;
            if (tag != 0 && NerTags.All[tag][0] == 'I') continue;
            if (begin >= 0) AddCutAtBrackets(tokens, begin + offset, i + offset, NerTags.TypeOf(tags[begin]), spans);
            begin = tag == 0 ? -1 : i;
        }
        return spans;
    }
}
