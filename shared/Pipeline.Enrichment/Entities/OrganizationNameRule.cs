using System.Collections.Frozen;

namespace Pipeline.Enrichment;

/// <summary>
/// Organisation names the tagger splits or mistypes: a run of capitalised words, joined by "of",
/// "for", "the" or "&amp;", that contains a company's legal form or an organisation's head word
/// ("Mitsubishi Heavy Industries Ltd.", "Japan Bank for International Cooperation", "Port of
/// Rotterdam Authority"); and a name right after a word such as "firm" or "company". A person's
/// title ends a run: "Security Council Secretary Nikolai Patrushev" holds an organisation and a person,
/// and so does a person's name before "of": "Maria Lopez of Acme Holdings".
/// <see cref="OrganizationRunJoins"/> decides when "and", a comma, a possessive or "in" continue a run.
/// </summary>
internal static class OrganizationNameRule
{
    // "Sociedad Química y Minera de Chile": Spanish "y" ("and") joins the words of a name as "de" does, and so does
    // Turkish "ve" ("Erciyes Maden Sanayi ve Ticaret A.Ş.").
    // "Dirección del Trabajo": Spanish "del" ("of the") too.
    // "Banco do Brasil", "Empresa Brasileira de Participações em Energia Nuclear e Binacional", "Cassa depositi e prestiti":
    // the small words that join the words of a name in Portuguese, Spanish, French, Italian, German and Turkish too.
    internal static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.Ordinal,
    [
        "of", "for", "the", "de", "del", "y", "ve", "&", "do", "da", "dos", "das", "em", "e", "du", "des", "et", "di", "della", "und", "für",
    ]);

    // Words of a trade rather than of an institution: before a title they name a portfolio ("Water and Energy Minister").
    internal static readonly FrozenSet<string> WeakHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Energy", "Power", "Electricity", "Steel", "Mining", "Minerals", "Media", "Shipping", "Logistics", "Insurance", "Capital",
        "Chemicals", "Telecom", "Communications", "Lithium", "Motor", "Automotive", "Aerospace", "Semiconductor", "Electronics",
        "Securities", "Investments", "Railways", "Broadcasting", "Television",
    ]);

    internal static readonly FrozenSet<string> DayOrMonth = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December",
    ]);

    private static readonly FrozenSet<string> OrganizationCues = FrozenSet.Create(StringComparer.Ordinal,
    [
        "firm", "company", "group", "operator", "carrier", "lender", "bank", "insurer", "producer", "maker", "giant",
        "conglomerate", "agency", "charity", "startup", "start-up", "retailer", "broadcaster", "newspaper", "airline", "automaker",
        "carmaker", "miner", "investor", "fund", "developer", "contractor", "utility", "supplier", "manufacturer", "chipmaker",
        "steelmaker", "shipbuilder", "exporter", "refiner", "distributor", "consultancy", "brokerage", "union", "house",
        "depository", "regulator", "watchdog", "bourse", "broker", "publisher", "outlet", "daily", "weekly", "chain", "party",
        "drugmaker", "smelter", "telco", "sponsor", "arm", "subsidiary", "affiliate",
        // "the state-owned Atomflot": who owns it says a body is named.
        "state-owned", "state-run", "state-backed", "family-owned",
    ]);

    // "Two Norwegian firms, Hydro and ...", "carmakers such as Volkswagen": a plural cue names a list.
    internal static readonly FrozenSet<string> PluralCues = FrozenSet.Create(StringComparer.Ordinal,
    [
        "firms", "companies", "groups", "lenders", "banks", "carmakers", "automakers", "investors", "operators", "insurers",
        "producers", "makers", "miners", "airlines", "retailers", "suppliers", "contractors", "manufacturers", "chipmakers",
        "conglomerates", "utilities", "developers", "unions", "exporters", "refiners",
    ]);

    public static IEnumerable<(int First, int Last)> Find(List<Token> tokens, int start, int end, GazetteerMatches matches, int[] tags)
    {
        var i = start;
        while (i < end)
        {
            if (!IsNameWord(tokens[i].Text) || (i == start && tokens[i].Text == "The")) { i++; continue; }
            var (last, hasHead, strongHead) = Run(tokens, i, end, matches, tags, start);
            if (hasHead && !strongHead && last < end && matches.Single(last) is { } after && after.Is(GazetteerKind.PersonTitle)) hasHead = false;
            // "Minister of Environment and Energy Carla Mendes": a trade's word that opens the run after a title's "of" is the
            // title's portfolio ("Chief Executive of Shell Energy" names a company: its name opens the run).
            if (hasHead && !strongHead && WeakHeads.Contains(tokens[i].Text) && TitleSplit.PortfolioBefore(tokens, i, matches)) hasHead = false;
            var cue = (HasCue(tokens, i, start) || IsCuedApposition(tokens, i, last, end, start, matches)) && !StartsLikePerson(tokens, i, last, matches);
            // Every sentence opens with a capital: "Chipmaker Infineon Technologies AG" starts at "Infineon".
            var opening = i == start || tokens[i - 1].Text is "—" or "–" or "-" or ":" or "“" or "\"";
            // "Access Holdings Plc": but no name starts with its head word or its legal form, so the opening word is its first.
            // "Kongsberg Defence & Aerospace": nor when the tagger took the opening word into a name.
            // "Health and Human Services Secretary ...": nor when "and" joins it to the next word.
            // "InterGlobe Aviation Ltd": nor when the opening word has a capital inside, as no ordinary word has.
            var first = opening && last - i > 2 && matches.Single(i) is null && !IsHeadOrLegalForm(matches, i + 1) && tags[i - start] == 0 && !(i + 1 < last && tokens[i + 1].Text is "and" or "&")
                && !CamelCaseNames.IsCamelCase(tokens[i].Text) ? i + 1 : i;
            // "Shares of Sinar Deli Bhd": the opening word dropped, the name starts after the connector it left.
            while (first > i && first < last && Connectors.Contains(tokens[first].Text) && tokens[first].Text != "&") first++;
            // "In December the World Bank approved": a month or a day before "the" is no word of the body's name.
            if (last - first > 3 && DayOrMonth.Contains(tokens[first].Text) && tokens[first + 1].Text is "the") first += 2;
            // "Ceban's National Alternative Movement", "Kenya's Ministry of Health": an owner's name and its possessive open no
            // organisation's name ("People's Bank of China" and "Prime Minister's Office" keep theirs: an ordinary word owns there).
            // "Guardia Civil's Central Operational Unit": nor does a listed organisation, or a name the text names without the
            // possessive elsewhere ("Fiji Women's Crisis Centre" keeps its own).
            // "the U.S. Department of Agriculture's Farm Service Agency": an owner with a body's head word of its own is a body of
            // its own, named apart.
            for (var k = last - 3; k > first; k--)
            {
                if (tokens[k].Text is not ("'s" or "’s")) continue;
                var bodyOwner = k - first >= 2 && HasStrongHead(tokens, matches, first, k) && HasStrongHead(tokens, matches, k + 1, last);
                // "the Treasury's Office of Foreign Assets Control", "HM Treasury's Office of ...": a body or a place owns a body named
                // in full after it; "HM Treasury" is a name of its own.
                if (IsOwnedBody(tokens, matches, k, last))
                {
                    if (k - first >= 2 && IsBodyOwner(tokens[k - 1].Text, matches.Single(k - 1))) yield return (first, k);
                    first = k + 1;
                    break;
                }
                if (!FeatureExtractor.IsEnglishWord(tokens[k - 1].Text) || NamedWithoutPossessive(tokens, first, k) || bodyOwner
                    || matches.Exactly(first, k) is { } owner && owner.Is(GazetteerKind.KnownOrganization))
                {
                    if (bodyOwner) yield return (first, k);
                    first = k + 1;
                    break;
                }
            }
            // "Chief Cabinet Secretary Yoshimasa Hayashi": words inside a listed title name no organisation.
            var inTitle = matches.Longest(first) is (var titleLength, { } title) && title.Is(GazetteerKind.PersonTitle) && first + titleLength >= last;
            // "Minister of Energy and Water Resources, Daler Juma": a title and its portfolio, though "Resources" heads names.
            // "Chief Operating Officer of Dangote Cement Plc": nor does a title that ends at the run's first "of"; the body after it
            // is a name of its own.
            inTitle |= OfAfterTitle(tokens, first, last, matches);
            if (((hasHead && last - first >= 2) || cue || IsAmpersandName(tokens, first, last, matches) || (last - first == 1 && IsGermanCompoundBody(tokens[first].Text)))
                && !inTitle) yield return (first, last);
            i = Math.Max(last, i + 1);
        }
    }

    // Words for a body or a place that may own another body in the possessive: "the Treasury's", "the Nation's", "the County's".
    private static readonly FrozenSet<string> BodyOwnerWords = FrozenSet.Create(StringComparer.Ordinal, ["Treasury", "Government", "Nation"]);
    private static readonly FrozenSet<string> PlaceOwnerWords = FrozenSet.Create(StringComparer.Ordinal,
        ["Commonwealth", "Municipality", "County", "City", "State", "Province", "Region", "District", "Territory"]);

    /// <summary>"HM Treasury" + "'s": a body's word ends the owner, which then is an organisation of its own.</summary>
    internal static bool IsBodyOwner(string word, GazetteerEntry? entry) => BodyOwnerWords.Contains(word) || IsStrongHead(word, entry);

    /// <summary>
    /// "Treasury" + "'s" at k + "Office of Foreign Assets Control": a body's or a place's word (<see cref="BodyOwnerWords"/>, <see cref="PlaceOwnerWords"/>, or a strong
    /// head word) before the possessive, and after it two words or more that hold a strong head word of their own, a body named in
    /// full. "People's Bank of China" and "Prime Minister's Office" keep theirs: a plain word or a title owns there.
    /// </summary>
    internal static bool IsOwnedBody(List<Token> tokens, GazetteerMatches matches, int k, int to) =>
        tokens[k].Text is "'s" or "’s" && (IsBodyOwner(tokens[k - 1].Text, matches.Single(k - 1)) || PlaceOwnerWords.Contains(tokens[k - 1].Text)) && to - (k + 1) >= 2 && HasStrongHead(tokens, matches, k + 1, to);

    // A body's head word in tokens [from, to) that heads names on its own ("Department", "Agency"; not "Group" or "Centre").
    internal static bool HasStrongHead(List<Token> tokens, GazetteerMatches matches, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (IsStrongHead(tokens[k].Text, matches.Single(k))) return true;
        return false;
    }

    private static readonly int BeginPerson = NerTags.IndexOf("B-PER"), InsidePerson = NerTags.IndexOf("I-PER");

    // "Maria Lopez of Acme Holdings", "... and Rajesh Varsani of ...": a first name and one or two words more, opening the run or
    // after its last "and" or comma, before "of"; or two or three words the tagger read as one person's name.
    private static bool PersonBeforeOf(List<Token> tokens, GazetteerMatches matches, int[] tags, int start, int i, int last)
    {
        var from = last;
        while (from > i && tokens[from - 1].Text is not ("and" or "," or "&")) from--;
        if (last - from is not (2 or 3)) return false;
        if (matches.Single(from) is { } firstName && firstName.Is(GazetteerKind.FirstName)) return true;
        if (tags[from - start] != BeginPerson) return false;
        for (var k = from + 1; k < last; k++)
            if (tags[k - start] != InsidePerson) return false;
        return tags[last - start] != InsidePerson;
    }

    // Whether the words of tokens [from, to), two or more, stand elsewhere in the text with no possessive after them.
    private static bool NamedWithoutPossessive(List<Token> tokens, int from, int to)
    {
        var length = to - from;
        if (length < 2) return false;
        for (var j = TokenSearch.IndexOfRepeat(tokens, from, to, 0); j >= 0; j = TokenSearch.IndexOfRepeat(tokens, from, to, j + 1))
            if (j + length < tokens.Count && tokens[j + length].Text is not ("'s" or "’s")) return true;
        return false;
    }

    // Whether the first "of" or "for" in tokens [first, last) follows a title word, with no body's head word before it
    // ("National Directorate General for Water Management" is a body).
    private static bool OfAfterTitle(List<Token> tokens, int first, int last, GazetteerMatches matches)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (tokens[k].Text is not ("of" or "for")) continue;
            if (!PersonTitles.IsTitleWord(tokens[k - 1].Text)) return false;
            for (var j = first; j < k - 1; j++)
                if (IsStrongHead(tokens[j].Text, matches.Single(j))) return false;
            return true;
        }
        return false;
    }

    // "Friedrich-Ebert-Stiftung", "Max-Planck-Gesellschaft", "Handball-Bundesliga": German writes a body's name as one hyphenated word
    // whose last part is the kind of body.
    private static readonly string[] GermanBodyWords =
        ["Stiftung", "Bundesliga", "Gesellschaft", "Institut", "Verband", "Partei", "Akademie", "Universität", "Hochschule", "Zentrum", "Kammer", "Ministerium"];

    /// <summary>"FC", "SC", "FK": a sports club's suffix, listed with the legal forms but, in brackets, an acronym ("Securities Commission Malaysia (SC)").</summary>
    internal static bool IsClubSuffix(string word) => word is "SC" or "FC" or "FK";

    private static bool IsGermanCompoundBody(string word)
    {
        var dash = word.LastIndexOf('-');
        if (dash <= 0 || !char.IsUpper(word[0]) || !char.IsUpper(word[dash + 1 < word.Length ? dash + 1 : dash])) return false;
        return Array.IndexOf(GermanBodyWords, word[(dash + 1)..]) >= 0;
    }

    private static (int Last, bool HasHead, bool StrongHead) Run(List<Token> tokens, int i, int end, GazetteerMatches matches, int[] tags, int start)
    {
        var last = i;
        var hasHead = false;
        var strongHead = false;
        var inTail = false; // after "of", "for" or "on": "Ministry of Trade, Industry and Fisheries"
        var forTail = false; // after "for"
        for (var k = i; k < end; k++)
        {
            var word = tokens[k].Text;
            var entry = matches.Single(k);
            // A title ends the run, except at its start ("General Statistics Office") or before a possessive ("Prime Minister's Office").
            if (entry is not null && entry.Is(GazetteerKind.PersonTitle) && !entry.Is(GazetteerKind.OrganizationHead) && k > i
                && !(k + 1 < end && tokens[k + 1].Text is "'s" or "’s") && !IsFieldAfterOf(tokens, k, end) && !BeforeHead(tokens, k, end, matches)
                // "Office of the United Nations High Commissioner for Refugees": after "of the", an office's title and its field name the office.
                && !(inTail && IsTitleForField(tokens, k, end))
                // "Office of Inspector General", "Office of the United States Trade Representative": an office named by the
                // officer who heads it ends in the officer's title.
                && !(inTail && tokens[i].Text == "Office" && TitlesEndName(tokens, k, end, matches))
                // "Directorate General of Civil Aviation": "General" after an institution's head word is part of its name.
                && !(word == "General" && IsStrongHead(tokens[k - 1].Text, matches.Single(k - 1)))) break;
            var next = k + 1 < end && IsNameWord(tokens[k + 1].Text);
            if (IsNameWord(word))
            {
                // "Department of Disaster Management Md. Kamal Hossain": the abbreviated Muhammad opens the title holder's name.
                if (hasHead && word is "Md." or "Mohd." or "Muhd.") break;
                // "Cabinet of Ministers Adylbek Kasymaliev": an unlisted word and a family name by its ending, last in the run, are a person.
                if (hasHead && (entry is null || !entry.Is(~GazetteerKind.FirstName)) && k + 1 < end && (k + 2 == end || !IsNameWord(tokens[k + 2].Text)) && CharChecks.RestLower(word)
                    && CharChecks.RestLower(tokens[k + 1].Text) && NameFinder.HasSurnameEnding(tokens[k + 1].Text) && matches.Single(k + 1) is null) break;
                // "Vice-President of the Commission Kaja Kallas welcomed": in a title's "of the" body, a given name and one more word
                // before a verb are the title holder ("Director of the Diplomatic Academy Andrés Bello, Pablo Cabrera" names the holder after).
                if (hasHead && i - 3 >= start && tokens[i - 1].Text == "the" && tokens[i - 2].Text == "of" && IsTitle(tokens, matches, i - 3)
                    && entry is not null && entry.IsOnlyGivenName
                    && k + 2 < end && IsNameWord(tokens[k + 1].Text) && CharChecks.RestLower(tokens[k + 1].Text) && char.IsLower(tokens[k + 2].Text[0])) break;
                last = k + 1;
                // "Government of Montenegro": the government of a listed country is a body, though "the Government" alone is no name.
                var head = (entry is not null && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix)) || IsGovernmentOfCountry(tokens, k, end, matches);
                hasHead |= head;
                strongHead |= head && !WeakHeads.Contains(word);
                // "ARC Automotive Inc of Knoxville": a short legal form ends the name; "of" after it says where the firm is.
                if (word.Length <= 5 && entry is not null && entry.Is(GazetteerKind.OrganizationSuffix) && k + 1 < end && tokens[k + 1].Text is "of" or "for") break;
                // "Xamar Media Group Ltd. Maka Al Mukarama Road", "Cordillera Media S.A.S. Carrera 7": a legal form ends the name, and the
                // street after it, in a page's footer, is where the firm stands.
                if (entry is not null && entry.Is(GazetteerKind.OrganizationSuffix) && IsStreetAfterLegalForm(tokens, k + 1, end)) break;
                continue;
            }
            // "Maria Lopez of Acme Holdings said": a first name and a surname before "of" are a person, not the start of a name.
            // "Fiona Lambert and Rajesh Varsani of Harcourt Quayle LLP": so are the last two or three words of a list of names.
            if (word == "of" && !hasHead && PersonBeforeOf(tokens, matches, tags, start, i, last)) break;
            // "Prime Minister Narendra Modi's Bharatiya Janata Party": a person's name after a title owns what follows the possessive.
            if (word is "'s" or "’s" && !hasHead && IsPersonBefore(tokens, i, k, start, matches)) break;
            if (Connectors.Contains(word) && next) { inTail |= word is "of" or "for"; forTail |= word == "for"; continue; }
            // "Court of Justice of the European Union", "Office for the Coordination of Humanitarian Affairs": after a head
            // word, "of the" or "for the" goes on to the name after it, unless that name holds a person's title
            // ("Office of the Prime Minister" is the tagger's to find).
            // "Japan Bank for International Cooperation for the Davao City bypass": a second "for" says what a thing is for.
            if (word is "of" or "for" && hasHead && !(word == "for" && forTail) && IsArticleBeforeName(tokens, k, end, matches, office: tokens[i].Text == "Office")) { inTail = true; forTail |= word == "for"; continue; }
            // "Centre for Research on Energy", "Committee on Foreign Relations" (but not "Railways on Monday").
            // "... and Development on Friday": a day or a month after "on" is when, not part of the name.
            // "Scientific Committee on Antarctic Research": right after a head word, too.
            // "Alice Springs Hospital on Gap Road": a street after "on" is where the body stands, not what it is on.
            // "Standing Committee on Energy and the Environment": a word that only heads names ("Energy") goes on as well.
            if (word == "on" && next && (inTail || (k > i && IsStrongHead(tokens[k - 1].Text, matches.Single(k - 1))))
                && (matches.Longest(k + 1).Entry is not { } onEntry || !onEntry.Is(~GazetteerKind.OrganizationHead)
                    || (inTail ? false : onEntry.Is(GazetteerKind.Demonym) && !onEntry.Is(~GazetteerKind.Demonym)))
                && !DayOrMonth.Contains(tokens[k + 1].Text) && !IsStreetAfterOn(tokens, k + 1, end)) { inTail = true; continue; }
            var join = word switch
            {
                "and" => (next || (inTail && k + 1 < end && tokens[k + 1].Text == "the")) && OrganizationRunJoins.And(tokens, i, k, end, matches, hasHead, inTail, tags, start),
                "," => (inTail && OrganizationRunJoins.CommaList(tokens, k, end, matches)) || (!hasHead && OrganizationRunJoins.CommonWordList(tokens, k, end, matches))
                    || IsLegalFormPair(tokens, k, end, matches),
                "'" or "’" or "'s" or "’s" => next && OrganizationRunJoins.Possessive(tokens, k, end, matches),
                _ => false,
            };
            if (join) continue;
            // "Warraich Sugar Mills (Pvt) Ltd", "PT Pupuk Indonesia (Persero)": a legal form in brackets is part of the name.
            // A form that opens names ("PT Pertamina") is no closing form: "the Workers' Party (PT)" holds its acronym.
            if (word == "(" && k + 2 < end && tokens[k + 2].Text == ")" && !IsClubSuffix(tokens[k + 1].Text) && IsLegalFormAt(matches, k + 1)
                && !LocalCompanyRule.IsOpeningForm(tokens[k + 1].Text))
            {
                // Only a legal form goes on after the brackets ("(Pvt) Ltd"): "Ltd." may end the sentence too.
                last = k + 3 < end && matches.Longest(k + 3) is { Entry: { } after, Length: var formLength } && after.Is(GazetteerKind.OrganizationSuffix) ? k + 3 + formLength : k + 3;
                hasHead = strongHead = true;
                break;
            }
            if (word == "in" && hasHead && OrganizationRunJoins.CountryAfterIn(tokens, i, k, end, matches) is var country and > 0) last = k + 1 + country;
            if (word == "at" && hasHead && OrganizationRunJoins.CampusAfterAt(tokens, i, k, end, matches) is var campus and > 0) last = k + 1 + campus;
            break;
        }
        return (last, hasHead, strongHead);
    }

    private static bool IsTitle(List<Token> tokens, GazetteerMatches matches, int k) =>
        PersonTitles.IsTitleWord(tokens[k].Text) || (matches.Single(k) is { } entry && entry.Is(GazetteerKind.PersonTitle) && !entry.Is(GazetteerKind.OrganizationHead));

    // "Inspector General" + ",", "Trade Representative" + "said": title words from k to the end of the capitalised run, with no
    // name after them.
    private static bool TitlesEndName(List<Token> tokens, int k, int end, GazetteerMatches matches) => TitlesEnd(tokens, k, end, matches) > 0;

    /// <summary>Where the title words from k end, when they end the capitalised run (at most three, no name after them); or 0.</summary>
    internal static int TitlesEnd(List<Token> tokens, int k, int end, GazetteerMatches matches)
    {
        var j = k;
        while (j < end && j - k < 3 && IsNameWord(tokens[j].Text) && IsTitle(tokens, matches, j)) j++;
        return j > k && (j == end || !IsNameWord(tokens[j].Text)) ? j : 0;
    }

    // "High Commissioner" + "for Refugees": the title at k, then "for" and a field's name.
    private static bool IsTitleForField(List<Token> tokens, int k, int end) =>
        k + 2 < end && tokens[k + 1].Text == "for" && IsNameWord(tokens[k + 2].Text);

    // "of" at k, then "the" and capitalised words, none of them a person's title. Two names that each end in a head word
    // are two organisations, one part of the other ("Specialist Group of the British Computer Society").
    private static bool IsArticleBeforeName(List<Token> tokens, int k, int end, GazetteerMatches matches, bool office = false)
    {
        if (k + 2 >= end || tokens[k + 1].Text != "the" || !IsNameWord(tokens[k + 2].Text)) return false;
        var j = k + 2;
        for (; j < end && IsNameWord(tokens[j].Text); j++)
            if (IsTitle(tokens, matches, j)
                // "Office of the United Nations High Commissioner for Refugees": an office's title with its field names the office,
                // and so does the title that ends it ("Office of the United States Trade Representative").
                && !IsTitleForField(tokens, j, end) && !(office && j > k + 2 && TitlesEndName(tokens, j, end, matches)))
                return false;
        // "General Secretariat of the Council": a lone head word after "the" is the body the name belongs to, not a second name.
        return j == k + 3 || !(IsHeadOrLegalForm(matches, k - 1) && IsHeadOrLegalForm(matches, j - 1));
    }

    // "Government" at k, then "of", maybe "the", and a listed country.
    private static bool IsGovernmentOfCountry(List<Token> tokens, int k, int end, GazetteerMatches matches)
    {
        if (tokens[k].Text != "Government" || k + 2 >= end || tokens[k + 1].Text != "of") return false;
        var at = tokens[k + 2].Text == "the" ? k + 3 : k + 2;
        return at < end && matches.Longest(at).Entry is { } country && country.Is(GazetteerKind.Country);
    }

    // Two or three words of a name after a title, or opening with a first name, before token k.
    private static bool IsPersonBefore(List<Token> tokens, int i, int k, int start, GazetteerMatches matches)
    {
        var name = i;
        while (name < k && PersonTitles.IsTitleWord(tokens[name].Text)) name++;
        return k - name is 2 or 3
            && (name > i || (i > start && PersonTitles.IsTitleWord(tokens[i - 1].Text)) || (matches.Single(name) is { } given && given.Is(GazetteerKind.FirstName)));
    }

    // "Gianni & Origoni", "Procter & Gamble": names joined by an ampersand are a firm, unless they are places or
    // only common words ("Hobby & Crafts", a shop's department), or a section of a site's menu ("| Kansai & Kyushu |").
    private static bool IsAmpersandName(List<Token> tokens, int first, int last, GazetteerMatches matches)
    {
        // Only a sentence that holds "&" can hold one (WordCues).
        if (last - first < 3 || !matches.Has(WordCues.Ampersand) || IsMenuItem(tokens, first, last)) return false;
        var ampersand = false;
        var name = false;
        for (var k = first; k < last; k++)
        {
            if (tokens[k].Text == "&") { ampersand = k > first && k < last - 1; continue; }
            if (matches.Single(k) is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion)) return false;
            name |= !matches.IsLowerCaseWord(k, tokens[k].Text);
        }
        return ampersand && name;
    }

    // Tokens [first, last) stand between a menu's bars, or open or end a line of them: "Home | Toulon & Var | Riviera".
    private static bool IsMenuItem(List<Token> tokens, int first, int last) =>
        (first > 0 && tokens[first - 1].Text == "|") || (last < tokens.Count && tokens[last].Text == "|");

    // "Hokuriku Chemical Industries Co., Ltd.", "Korea Zinc Company, Ltd.": a company form in two parts, a comma between them, is one legal form.
    private static bool IsLegalFormPair(List<Token> tokens, int k, int end, GazetteerMatches matches) =>
        k + 1 < end && tokens[k - 1].Text is "Co." or "Co" or "Company" or "Corporation" && tokens[k + 1].Text is "Ltd." or "Ltd" or "Limited" or "LLC" or "Inc." or "Inc"
        && matches.Single(k - 1) is { } form && form.Is(GazetteerKind.OrganizationSuffix | GazetteerKind.OrganizationHead);

    // "Gap Road", "Speed Street": two capitalised words or more from `first` on that end in a street's word.
    private static bool IsStreetAfterOn(List<Token> tokens, int first, int end)
    {
        var last = first;
        while (last < end && char.IsUpper(tokens[last].Text[0])) last++;
        return last - first >= 2 && PlaceNameRule.IsStreetWord(tokens[last - 1].Text);
    }

    // "Maka Al Mukarama Road", "Carrera 7": a street of capitalised words, or a road's word and its number, from `first` on.
    internal static bool IsStreetAfterLegalForm(List<Token> tokens, int first, int end) =>
        IsStreetAfterOn(tokens, first, end) || (first + 1 < end && PlaceNameRule.IsRoadWord(tokens[first].Text) && StreetNames.IsRoadNumber(tokens[first + 1].Text.AsSpan()));

    /// <summary>Token k alone is a listed legal form ("Ltd.", "S.A.S.", "GmbH") that is no title too.</summary>
    internal static bool IsLegalFormAt(GazetteerMatches matches, int k) =>
        matches.Single(k) is { } form && form.Is(GazetteerKind.OrganizationSuffix) && !form.Is(GazetteerKind.PersonTitle);

    internal static bool IsStrongHead(string word, GazetteerEntry? entry) =>
        entry is not null && entry.Is(GazetteerKind.OrganizationHead) && !entry.Is(GazetteerKind.PersonTitle) && !WeakHeads.Contains(word);

    private static bool IsHeadOrLegalForm(GazetteerMatches matches, int k) =>
        matches.Single(k) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix) && !entry.Is(GazetteerKind.PersonTitle);

    // "Prosperous Justice Party": a title word right before an organisation's head word is a word of the name.
    private static bool BeforeHead(List<Token> tokens, int k, int end, GazetteerMatches matches) =>
        k + 1 < end && IsNameWord(tokens[k + 1].Text) && matches.Single(k + 1) is { } next
        && next.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix) && !next.Is(GazetteerKind.PersonTitle) && !WeakHeads.Contains(tokens[k + 1].Text);

    // "European Court of Justice": a title word right after "of" and before no name names the field, not a person.
    private static bool IsFieldAfterOf(List<Token> tokens, int k, int end) =>
        tokens[k - 1].Text == "of" && !(k + 1 < end && IsNameWord(tokens[k + 1].Text));

    private static bool HasCue(List<Token> tokens, int i, int start)
    {
        if (i > start && OrganizationCues.Contains(tokens[i - 1].Text)) return true;
        if (i - 2 >= start && tokens[i - 1].Text == "," && PluralCues.Contains(tokens[i - 2].Text)) return true;
        return i - 3 >= start && tokens[i - 2].Text == "such" && tokens[i - 1].Text == "as" && PluralCues.Contains(tokens[i - 3].Text);
    }

    // "The UK's development finance arm, British International Investment, holds a stake": a name between commas right after
    // a cue is the body it names, where it is no place the lists know.
    private static bool IsCuedApposition(List<Token> tokens, int i, int last, int end, int start, GazetteerMatches matches) =>
        i - 2 >= start && tokens[i - 1].Text == "," && OrganizationCues.Contains(tokens[i - 2].Text) && last < end && tokens[last].Text == ","
        && last - i >= 2 && !(matches.Longest(i).Entry is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.FirstName));

    // "activist investor Carl Icahn": after a cue, a first name and a surname are still a person.
    private static bool StartsLikePerson(List<Token> tokens, int first, int last, GazetteerMatches matches) =>
        last - first >= 2 && matches.Single(first) is { } entry && entry.Is(GazetteerKind.FirstName)
        && !Enumerable.Range(first, last - first).Any(k => matches.Single(k) is { } e && e.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix));

    // "Istanbul-based" describes what follows; it does not start its name. "Co-operation" ("Organisation for Economic
    // Co-operation and Development", "Gulf Co-operation Council") is one word written with a hyphen, and is.
    internal static bool IsNameWord(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || (char.IsDigit(word[0]) && CharChecks.AnyLetter(word)))
        && !(word.LastIndexOf('-') is var hyphen and > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) && !IsWordPrefix(word, hyphen));

    private static bool IsWordPrefix(string word, int hyphen) => hyphen == 2 && word[0] == 'C' && word[1] == 'o' && word.IndexOf('-') == hyphen;
}
