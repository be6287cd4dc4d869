namespace Pipeline.Enrichment;

/// <summary>
/// When a word that usually separates names continues an organisation's name instead:
/// "and" in "China Road and Bridge Corporation" and "Chamber of Commerce and Industry" (but not in
/// "Southern Copper Corp. and Glencore"); commas in "Ministry of Trade, Industry and Fisheries";
/// the possessive in "Turkish Flour Industrialists' Federation"; "in" with a country in "United
/// Nations Interim Force in Lebanon". Tokens are one sentence's; <c>k</c> is the separating word.
/// </summary>
internal static class OrganizationRunJoins
{
    private const int MaxMemberWords = 3;

    private static readonly HashSet<string> Compass = new(StringComparer.Ordinal)
    {
        "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
        "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern",
    };

    internal static readonly HashSet<string> InHeads = new(StringComparer.Ordinal)
    {
        "Force", "Forces", "Mission", "Association", "Office", "Embassy", "Delegation", "Representation", "Movement",
    };

    // Fields of public policy: "Environment and Natural Resources Office", "Honesty and Justice Commission", "Employment and
    // Labour Relations Court" name one body's remit, though each side could pass for a name of its own.
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "Environment", "Natural", "Resources", "Honesty", "Justice", "Employment", "Labour", "Labor", "Reform", "Growth", "Trade",
        "Industry", "Commerce", "Health", "Education", "Science", "Technology", "Innovation", "Research", "Development", "Agriculture",
        "Fisheries", "Forestry", "Culture", "Tourism", "Sport", "Sports", "Transport", "Infrastructure", "Finance", "Planning", "Welfare",
        "Housing", "Citizen", "Investment", "Safety", "Standards", "Audit", "Accountability", "Transparency", "Integrity", "Peace",
        "Reconciliation", "Truth", "Human", "Social", "Youth", "Gender", "Water", "Sanitation", "Urban", "Rural", "Public", "Customs",
        "Revenue", "Statistics", "Heritage", "Arts", "Land", "Lands", "Climate", "Disaster", "Rescue", "Family", "Migration",
        "Securities", "Exchange",
        // Utilities: "Kenya Power and Lighting Company", "Electricity and Water Authority", "Gas and Electric Company".
        "Power", "Light", "Lighting", "Energy", "Electricity", "Electric", "Gas", "Sewerage",
    };

    public static bool And(List<Token> tokens, int first, int k, int end, GazetteerMatches matches, bool hasHead, bool inTail, int[] tags, int start)
    {
        // "Health and Human Services Secretary": a lone field before "and" joins though it heads names of its own ("Health").
        if (!inTail && (!hasHead || k - first == 1) && JoinsFields(tokens, k) && HeadAfter(tokens, k + 1, end, matches)) return true;
        // "Western and Central Pacific Fisheries Commission": two points of the compass share what follows them,
        // though the word after "and" is listed on its own ("Central").
        var compass = k > first && Compass.Contains(tokens[k - 1].Text) && Compass.Contains(tokens[k + 1].Text);
        if (IsListedName(matches, k + 1) && !(inTail && (IsWordFirstName(tokens, matches, k + 1) || IsNationalityOfField(tokens, matches, k + 1, k + 1, end))) && !compass) return false;
        // "Federal Bureau of Investigation and Homeland Security Investigations": a listed organisation is complete before "and".
        if (matches.Longest(first) is { Entry: { } listed, Length: var length } && first + length == k && listed.Is(GazetteerKind.KnownOrganization)) return false;
        // "Chamber of Commerce and Industry", "Department for Business and Trade": a short tail of plain words.
        // "Standing Committee on Energy and the Environment": "the" may open it, when no head word follows
        // ("the Ministry of Finance and the Central Bank" are two bodies).
        if (inTail && tokens[k + 1].Text == "the" && k + 2 < end)
            return MemberLength(tokens, k + 2, end, matches) is > 0 and var member and <= MaxMemberWords && !HasHeadWord(matches, k + 2, k + 2 + member);
        // "Indian Institute of Technology Bombay and Jawaharlal Nehru University": a member that ends in a body's head word of
        // its own after a named body is a second body.
        if (inTail) return MemberLength(tokens, k + 1, end, matches) is > 0 and <= MaxMemberWords and var memberLength
            && !(hasHead && memberLength >= 2 && OrganizationNameRule.IsStrongHead(tokens[k + memberLength].Text, matches.Single(k + memberLength)));
        // "China Road and Bridge Corporation": the head word comes after "and", and what stands before
        // it is not already a name of its own ("Hyundai and Kia Motors"), one that the tagger ended before "and".
        if (hasHead || (NerTags.TypeOf(tags[k - 1 - start]) == "ORG" && !TaggerRunsOver(tags, k - start))) return false;
        for (var j = k + 1; j < end && j <= k + MaxMemberWords + 1; j++)
        {
            if (!OrganizationNameRule.IsNameWord(tokens[j].Text)) return false;
            if (matches.Single(j) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix))
                // "Whitehaven Coal and New Hope Corp": two words or more on each side are two names
                // of their own; one word before "and" ("Marks and Spencer Group") is part of one name.
                return k - first < 2 || j - (k + 1) < 2;
        }
        return false;
    }

    // "Nurses ,/I-ORG Midwives/I-ORG and/I-ORG Technicians/I-ORG Association": the tagger took the word at index t (of the
    // sentence's tags) into the organisation before it, reading the two sides as one name.
    private static bool TaggerRunsOver(int[] tags, int t) => tags[t] != 0 && NerTags.All[tags[t]][0] == 'I' && NerTags.TypeOf(tags[t]) == "ORG";

    /// <summary>"and" at <paramref name="k"/> joins two fields of policy ("Environment and Natural Resources").</summary>
    public static bool JoinsFields(List<Token> tokens, int k) => Fields.Contains(tokens[k - 1].Text) && Fields.Contains(tokens[k + 1].Text);

    // A strong head word among the capitalised words from <paramref name="from"/> on, within four of them.
    private static bool HeadAfter(List<Token> tokens, int from, int end, GazetteerMatches matches)
    {
        for (var j = from; j < end && j <= from + MaxMemberWords; j++)
        {
            if (!OrganizationNameRule.IsNameWord(tokens[j].Text)) return false;
            if (OrganizationNameRule.IsStrongHead(tokens[j].Text, matches.Single(j))) return true;
        }
        return false;
    }

    /// <summary>", Industry and Fisheries": members of one to three plain words, the last after "and".</summary>
    public static bool CommaList(List<Token> tokens, int k, int end, GazetteerMatches matches)
    {
        var j = k;
        while (j < end && tokens[j].Text == ",")
        {
            var length = MemberLength(tokens, j + 1, end, matches);
            if (length == 0) return false;
            j += 1 + length;
        }
        return j < end && tokens[j].Text == "and" && MemberLength(tokens, j + 1, end, matches) > 0;
    }

    /// <summary>
    /// "Kenya Medical Practitioners, Pharmacists and Dentists Union": before any head word, a list of plain English words
    /// (one a member, the last after "and") that ends in a strong head word is one name; "Google, Apple and Samsung
    /// Electronics" has a name that is no English word, and is three.
    /// </summary>
    public static bool CommonWordList(List<Token> tokens, int k, int end, GazetteerMatches matches)
    {
        if (!FeatureExtractor.IsLowerCaseWord(tokens[k - 1].Text)) return false;
        var j = k;
        while (j < end && tokens[j].Text == "," && j + 2 < end && OrganizationNameRule.IsNameWord(tokens[j + 1].Text) && FeatureExtractor.IsLowerCaseWord(tokens[j + 1].Text))
            j += 2;
        if (j == k || j + 2 >= end || tokens[j].Text != "and" || !FeatureExtractor.IsLowerCaseWord(tokens[j + 1].Text)) return false;
        for (var h = j + 1; h < end && h <= j + MaxMemberWords; h++)
        {
            if (!OrganizationNameRule.IsNameWord(tokens[h].Text)) return false;
            if (OrganizationNameRule.IsStrongHead(tokens[h].Text, matches.Single(h))) return true;
        }
        return false;
    }

    /// <summary>"Industrialists' Federation", "People's Liberation Army": a possessive inside a name that ends in a head word.</summary>
    public static bool Possessive(List<Token> tokens, int k, int end, GazetteerMatches matches)
    {
        var before = tokens[k - 1].Text;
        if (EndsListedName(matches, k) || (tokens[k].Text is "'" or "’" && !before.EndsWith('s'))) return false;
        for (var j = k + 1; j < end && OrganizationNameRule.IsNameWord(tokens[j].Text); j++)
            if (matches.Single(j) is { } entry && entry.Is(GazetteerKind.OrganizationHead)) return true;
        return false;
    }

    // Whether a token of [from, to) is one of the words: a loop, not Enumerable.Range with a lambda, whose closure was made on every call.
    private static bool AnyIn(List<Token> tokens, int from, int to, HashSet<string> words)
    {
        for (var j = from; j < to; j++)
            if (words.Contains(tokens[j].Text)) return true;
        return false;
    }

    private static readonly HashSet<string> University = new(StringComparer.Ordinal) { "University" };

    /// <summary>How many tokens of a country follow "in" at <paramref name="k"/>, when the run names a mission or force; else 0.</summary>
    public static int CountryAfterIn(List<Token> tokens, int first, int k, int end, GazetteerMatches matches)
    {
        if (k + 1 >= end || !AnyIn(tokens, first, k, InHeads)) return 0;
        // "Embassy of the Republic of the Philippines in the State of Kuwait": the country's formal name may follow "the".
        var the = tokens[k + 1].Text == "the" && k + 2 < end ? 1 : 0;
        var (length, entry) = matches.Longest(k + 1 + the);
        if (entry is null || !entry.Is(GazetteerKind.Country)) return 0;
        // "the Islamic Development Bank in Saudi Arabia" is a bank somewhere; "in Lebanon" then a capital would continue the sentence.
        return k + 1 + the + length < end && OrganizationNameRule.IsNameWord(tokens[k + 1 + the + length].Text) ? 0 : length + the;
    }

    /// <summary>
    /// "University of Texas Health Science Center at Houston", "University of Illinois at Chicago": a name with
    /// "University" in it, then "at" and a listed city or region, or one capitalised word no list knows ("at Mānoa"), is one
    /// name, the campus in it. The length of the place, or 0.
    /// </summary>
    public static int CampusAfterAt(List<Token> tokens, int first, int k, int end, GazetteerMatches matches)
    {
        if (k + 1 >= end || !AnyIn(tokens, first, k, University)) return 0;
        var (length, entry) = matches.Longest(k + 1);
        // "University of Hawaiʻi at Mānoa": a campus no list knows, one capitalised word that ends the name.
        if (entry is null && OrganizationNameRule.IsNameWord(tokens[k + 1].Text) && !CharChecks.AllUpper(tokens[k + 1].Text)) length = 1;
        else if (entry is null || !entry.Is(GazetteerKind.City | GazetteerKind.Region) || length > 3) return 0;
        return k + 1 + length < end && OrganizationNameRule.IsNameWord(tokens[k + 1 + length].Text) ? 0 : length;
    }

    private static int MemberLength(List<Token> tokens, int from, int end, GazetteerMatches matches)
    {
        var j = from;
        while (j < end && j - from < MaxMemberWords && OrganizationNameRule.IsNameWord(tokens[j].Text)
            && (!IsListedName(matches, j) || IsWordFirstName(tokens, matches, j) || IsNationalityOfField(tokens, matches, from, j, end))) j++;
        return j < end && OrganizationNameRule.IsNameWord(tokens[j].Text) ? 0 : j - from;
    }

    private static bool HasHeadWord(GazetteerMatches matches, int from, int to)
    {
        for (var j = from; j < to; j++)
            if (matches.Single(j) is { } entry && entry.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix)) return true;
        return false;
    }

    // "South Korea's LG Energy Solution": a listed name that ends right before the possessive owns what follows.
    private static bool EndsListedName(GazetteerMatches matches, int k)
    {
        for (var j = Math.Max(matches.Start, k - 4); j < k; j++)
            if (matches.Longest(j) is { Entry: not null, Length: var length } && j + length == k && IsListedName(matches, j)) return true;
        return false;
    }

    // "Ministry of Water Resources and Land Reclamation": in a name's tail, a first name that is also a common
    // lower-case word ("Land", "Grace") is that word.
    private static bool IsWordFirstName(List<Token> tokens, GazetteerMatches matches, int k) =>
        matches.Longest(k) is { Length: 1, Entry: { } entry } && !entry.Is(~(GazetteerKind.FirstName | GazetteerKind.Surname))
        && FeatureExtractor.IsEnglishWord(tokens[k].Text);

    // ", African Cooperation and Moroccan Expatriates": a nationality that opens a member, before a plain English word, says
    // whose field it is, and starts no name of its own.
    private static bool IsNationalityOfField(List<Token> tokens, GazetteerMatches matches, int from, int k, int end) =>
        k == from && k + 1 < end && matches.Longest(k) is { Length: 1, Entry: { } entry } && entry.Is(GazetteerKind.Demonym)
        && OrganizationNameRule.IsNameWord(tokens[k + 1].Text) && FeatureExtractor.IsLowerCaseWord(tokens[k + 1].Text) && matches.Longest(k + 1).Entry is null;

    // A place, a nationality, a person's first name or a known organisation starts a name of its own.
    private static bool IsListedName(GazetteerMatches matches, int k) =>
        matches.Longest(k).Entry is { } entry
        && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region | GazetteerKind.WorldRegion | GazetteerKind.Demonym | GazetteerKind.FirstName | GazetteerKind.KnownOrganization);
}
