using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// Names of laws and treaties are not organisations or places ("National Security and Investment
/// Act", "United Nations Convention on the Law of the Sea"): a span ending in such a word goes,
/// with the names inside the title that follows it ("the Sea"). A currency written with a capital
/// ("Sterling rose 0.3 percent") is no one's name either, nor a measure in capitals ("percent of GDP"), nor an oil benchmark ("Brent crude"), nor
/// a feast or a season of the year ("before Ramadan", "Eid al-Fitr", "the Hajj"), nor a storm
/// ("Storm Isla"), a temperature ("47C") or a generation of mobile networks ("5G"), nor a faith or
/// a doctrine ("converted to Islam", "Hinduism and Buddhism", "Marxism"), nor a programme or a prize
/// named after a person ("the Andrew Marr Show", "the Ballon d'Or"), nor a numbered meeting ("the Fourth
/// Strategic Dialogue") or a summit ("the NATO Summit"), nor an honour after a name ("Bola Tinubu, GCFR"). A generational suffix after a
/// comma belongs to the person before it ("Martin Luther King, Jr."), and is never a name alone.
/// </summary>
internal static class MiscNameFilter
{
    private static readonly HashSet<string> DocumentWords = new(StringComparer.Ordinal)
    {
        "Act", "Acts", "Convention", "Treaty", "Accord", "Accords", "Agreement", "Protocol", "Declaration", "Charter", "Bill", "Doctrine",
        // "the Five-Point Consensus on Myanmar", "the Moscow Format", "the Normandy Format": what parties agreed on or the shape of their talks.
        "Consensus", "Format",
        // "Jakarta Composite Index", "Shanghai Containerized Freight Index": a market or a measure, not an organisation.
        "Index",
        // "the Polar Code", "the Labour Code": a body of rules.
        "Code",
    };

    // Names that are only currencies; "Real", "Won" and "Rand" are left out: they are words and names too.
    private static readonly HashSet<string> Currencies = new(StringComparer.Ordinal)
    {
        "Sterling", "Euro", "Dollar", "Yen", "Yuan", "Renminbi", "Rouble", "Ruble", "Rupee", "Franc", "Peso", "Lira", "Krona", "Krone",
        "Shekel", "Dinar", "Dirham", "Riyal", "Naira", "Ringgit", "Baht", "Zloty", "Forint", "Hryvnia", "Tenge", "Bitcoin",
        // Kinds of bond written with a capital ("a new Eurobond"): securities, not names.
        "Eurobond", "Eurobonds", "Sukuk",
    };

    // "87 percent of GDP", "a 7% VAT", "its IPO": measures, taxes and deals written in capitals are no organisation.
    private static readonly HashSet<string> Measures = new(StringComparer.Ordinal)
    {
        "GDP", "GNP", "GNI", "CPI", "PPI", "PMI", "FDI", "VAT", "GST", "EBITDA", "IPO", "ETF", "ETFs", "IPOs",
        // "under the GDPR", "FCFA 4.1 billion", "its AI and IT spending": a law, a currency and fields written in capitals.
        "GDPR", "FCFA", "CFA", "AI", "IT",
        // "Medicaid and Medicare", "an SUV", "the LRT": programmes and kinds of vehicle or line written in capitals.
        "Medicaid", "Medicare", "Medi-Cal", "SUV", "SUVs", "LRT", "EV", "EVs", "CNC",
        // "checking CCTV from petrol stations", "a GPS tracker": equipment written in capitals.
        "CCTV", "GPS",
    };

    // Feasts and seasons written alone; "Christmas Island" and "Easter Island" are places and stay.
    private static readonly HashSet<string> Feasts = new(StringComparer.Ordinal)
    {
        "Ramadan", "Eid", "Christmas", "Easter", "Hanukkah", "Diwali", "Nowruz", "Passover", "Lent", "Thanksgiving", "Ashura", "Hajj", "Umrah",
        "Yom", "Rosh", "Holi", "Vesak", "Pentecost", "Advent",
    };

    // "on Christmas Eve", "Boxing Day", "Anzac Day", "Canada Day": a holiday named by a word and "Day" or "Eve" is a date, and the place
    // or the word in it names nothing ("Australia Day" is no mention of Australia). "Doris Day" stays: no holiday word opens it.
    private static readonly HashSet<string> HolidayWords = new(StringComparer.Ordinal)
    {
        "Christmas", "Easter", "Boxing", "Anzac", "Waitangi", "Australia", "Canada", "Labour", "Labor", "Memorial", "Independence",
        "Remembrance", "Thanksgiving", "Veterans", "Presidents", "Presidents'", "Victoria", "Armistice", "Bastille", "Republic", "Youth",
        "Patrick's", "Valentine's", "Mother's", "Father's", "Year's", "Juneteenth", "Emancipation", "Reconciliation", "Matariki",
    };

    private static bool IsHolidayDay(string word) => word is "Day" or "Eve" or "Monday" or "Sunday" or "Weekend";

    // The span is the holiday's word, or ends in it, right before "Day" ("Anzac Day"), or is the holiday with its "Day" ("Christmas Eve").
    private static bool IsHoliday(List<Token> tokens, int end, NameSpan s) =>
        (s.Last - s.First >= 2 && IsHolidayDay(tokens[s.Last - 1].Text) && HolidayWords.Contains(tokens[s.Last - 2].Text))
        || (s.Last < end && IsHolidayDay(tokens[s.Last].Text) && HolidayWords.Contains(tokens[s.Last - 1].Text)
            && !(s.Last + 1 < end && char.IsUpper(tokens[s.Last + 1].Text[0])));

    // Faiths and scriptures written alone; a doctrine's "-ism" is read from the word ("Buddhism", "Marxism").
    private static readonly HashSet<string> Faiths = new(StringComparer.Ordinal)
    {
        "Islam", "Christianity", "Shinto", "Quran", "Koran", "Qur'an", "Bible", "Torah", "Talmud",
    };

    /// <summary>"Islam", "Christianity", "Buddhism", "Marxism": a faith or a doctrine, no one's name.</summary>
    public static bool IsFaithOrDoctrine(string word) =>
        Faiths.Contains(word) || (word.Length >= 6 && char.IsUpper(word[0]) && word.EndsWith("ism", StringComparison.Ordinal) && CharChecks.RestLower(word));

    // "the Andrew Marr Show", "the Graham Norton Show", "the Davis Cup", "the Turner Prize": a programme, a contest or a prize named
    // after a person is no person.
    private static readonly HashSet<string> NamedAfterWords = new(StringComparer.Ordinal)
    {
        "Show", "Podcast", "Programme", "Prize", "Award", "Awards", "Trophy", "Cup", "Festival", "Lecture", "Lectures", "Medal",
    };

    public static bool IsNamedAfterWord(string word) => NamedAfterWords.Contains(word);

    // A named-after word that no body's name ends in: a body's programme or lecture stays ("World Food Programme").
    private static bool NamesNoBody(string word) => NamedAfterWords.Contains(word) && word is not ("Programme" or "Lecture" or "Lectures");

    // "the Fourth Strategic Dialogue", "the 20th Party Congress", "the Second Ministerial Conference": a numbered meeting is an event.
    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal)
    {
        "Dialogue", "Summit", "Conference", "Forum", "Meeting", "Session", "Round", "Congress", "Plenum", "Consultations", "Talks", "Games", "Review",
    };

    private static readonly HashSet<string> Ordinals = new(StringComparer.Ordinal)
    {
        "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth",
        "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth", "Twentieth", "Inaugural",
    };

    private static bool IsOrdinal(string word) => Ordinals.Contains(word) || IsNumeralOrdinal(word);

    /// <summary>"23rd", "4th": an ordinal written in figures.</summary>
    internal static bool IsNumeralOrdinal(string word) =>
        word.Length >= 3 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" && word.AsSpan(0, word.Length - 2).IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool IsNumberedEvent(List<Token> tokens, NameSpan s)
    {
        var first = tokens[s.First].Text is "The" or "the" ? s.First + 1 : s.First;
        return s.Last - first >= 2 && s.Entry is null && IsOrdinal(tokens[first].Text) && EventWords.Contains(tokens[s.Last - 1].Text);
    }

    // "Yusuf Tuggar, OON,", "Bola Tinubu, GCFR": honours and offices written after a name and a comma are no organisation.
    private static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal)
    {
        "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "KCMG", "GCMG", "CMG", "GCFR", "GCON", "CFR", "CON", "OFR", "OON", "MFR", "MON", "OAM",
        "QC", "KC", "MP", "MEP", "MLA", "MPP", "MNA", "JP", "PhD", "FRS", "SC", "SAN", "MSP", "TD", "MLC", "AO",
        // "Harsha Abeykoon PC": Sri Lanka's President's Counsel; "Derek Pardy MHA": a member of Newfoundland and Labrador's House of Assembly;
        // "Ealish Corlett MHK": a member of the Isle of Man's House of Keys.
        "PC", "MHA", "MHK",
    };

    // "Jane Whitfield KC", "Cathal Ó Súilleabháin SC", "Euan Macfarlane-Gray MSP": a barrister's rank or a member's office after the
    // name is no word of it, and the name is a person's
    // (read as an organisation for the capitals at its end). "SC" and "SAN" end clubs' names too ("Zamalek SC"): the name before
    // them must open with a given name or hold a Gaelic name's particle ("Al Ahly SC" holds an Arabic article, and is a club).
    private static void TrimPostNominals(List<Token> tokens, List<NameSpan> spans, GazetteerMatches matches)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, last, type, source, entry) = spans[i];
            // "Harsha Lakmal Abeykoon/ORG PC": a name of two to four plain words before a barrister's rank or a member's office, none a
            // body's word, is the person.
            if (type == "ORG" && entry is null && last - first is >= 2 and <= 4 && last < tokens.Count && tokens[last].Text is "PC" or "KC" or "QC" or "SC" or "MP" or "MHA" or "MHK" or "MLA" or "MSP" or "TD"
                && AllNameWords(tokens, first, last) && !HasBodyWord(matches, first, last))
            {
                spans[i] = (first, last, "PER", source + "+rule:post-nominal", null);
                continue;
            }
            if (last - first < 3 || entry is not null || type is not ("PER" or "ORG") || !PostNominals.Contains(tokens[last - 1].Text)) continue;
            // "Harsha Lakmal Abeykoon PC", read as a person already: the rank goes, whatever the given name.
            var personal = tokens[last - 1].Text is not ("SC" or "SAN" or "PC") || (type == "PER" && tokens[last - 1].Text == "PC")
                || matches.Single(first) is { } given && given.Is(GazetteerKind.FirstName) && !NameParticles.IsParticle(tokens[first].Text);
            for (var k = first + 1; k < last - 1 && !personal; k++) personal = NameParticles.IsGaelic(tokens[k].Text);
            if (!personal || !AllNameWords(tokens, first, last - 1)) continue;
            spans[i] = (first, last - 1, "PER", source + "+rule:post-nominal", null);
        }
    }

    private static bool HasBodyWord(GazetteerMatches matches, int first, int last)
    {
        for (var k = first; k < last; k++)
            if (matches.Single(k) is { } word && word.Is(GazetteerKind.OrganizationHead | GazetteerKind.OrganizationSuffix | GazetteerKind.KnownOrganization | GazetteerKind.City | GazetteerKind.Country | GazetteerKind.Region)) return true;
        return false;
    }

    // Capitalised words and the particles of names ("Cathal Ó Súilleabháin", "Maria de la Cruz").
    private static bool AllNameWords(List<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
            if (!char.IsUpper(tokens[k].Text[0]) && !NameParticles.IsParticle(tokens[k].Text)) return false;
        return true;
    }

    /// <summary>"OBE", "GCFR", "MP": an honour or an office written after a name.</summary>
    public static bool IsPostNominal(string word) => PostNominals.Contains(word);

    private static readonly FrozenSet<string> Languages = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Amharic", "Tigrinya", "Oromo", "Hindi", "Urdu", "Bangla", "Bengali", "Tamil", "Telugu", "Kannada", "Malayalam", "Marathi", "Gujarati",
        "Punjabi", "Sinhala", "Nepali", "Swahili", "Kiswahili", "Hausa", "Yoruba", "Igbo", "Zulu", "isiZulu", "Xhosa", "isiXhosa", "Afrikaans",
        "Tagalog", "Filipino", "Cebuano", "Mandarin", "Cantonese", "Hokkien", "Inuktut", "Inuktitut", "Kreyòl", "Creole", "Gaelic", "Gaeilge",
        "Cymraeg", "Pashto", "Dari", "Farsi", "Tetum", "Bislama",
        // "retranslated from Arabic", "in Arabic and English": the language, whose people are Arabs.
        "Arabic",
    ]);

    private static readonly HashSet<string> StormWords = new(StringComparer.Ordinal) { "Storm", "Hurricane", "Typhoon", "Cyclone" };

    private static bool IsTemperature(string word) =>
        word.Length >= 2 && word[^1] is 'C' or 'F' && word.AsSpan(0, word.Length - 1).IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool IsNetworkGeneration(string word) => word.Length == 2 && char.IsAsciiDigit(word[0]) && word[1] == 'G';

    /// <summary>"D-N" of "D-N.Y.", "R-Ga": a US lawmaker's party and state.</summary>
    internal static bool IsPartyAndState(ReadOnlySpan<char> word) =>
        word.Length is >= 3 and <= 6 && word[0] is 'D' or 'R' or 'I' && word[1] == '-' && char.IsUpper(word[2]) && word[3..].IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") < 0;

    // The abbreviations of US states and Canadian provinces that wire datelines write after a city ("YAKIMA, Wash. —",
    // "THUNDER BAY, Ont. -"); the state is named in full in the story, and the abbreviation is its short form, no name of its own.
    private static readonly HashSet<string> StateAbbreviations = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wash", "Wis", "Wyo", "Ont", "Que", "Man",
        "Sask", "Alta", "Nfld",
    };

    // "Phoenix, AZ 85012": the postal code of a state in an address, before its ZIP code.
    private static bool IsStateInAddress(List<Token> tokens, int end, NameSpan s) =>
        s.Last - s.First == 1 && s.Last < end && tokens[s.First].Text is { Length: 2 } code && char.IsUpper(code[0]) && char.IsUpper(code[1])
        && tokens[s.Last].Text is { Length: 5 } zip && zip.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool IsAbbreviatedState(List<Token> tokens, int end, NameSpan s) => s.Last - s.First == 1 && IsAbbreviatedStateAt(tokens, end, s.First);

    /// <summary>Whether token k is a state's abbreviation after a comma ("YAKIMA, Wash."), with its full stop.</summary>
    internal static bool IsAbbreviatedStateAt(List<Token> tokens, int end, int k) =>
        k > 0 && tokens[k - 1].Text == ","
        && (StateAbbreviations.Contains(tokens[k].Text) && k + 1 < end && tokens[k + 1].Text == "."
            || tokens[k].Text is { Length: > 2 } word && word[^1] == '.' && StateAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.AsSpan(0, word.Length - 1)));

    private static bool IsPluralAcronym(string word) =>
        word.Length >= 3 && word[^1] == 's' && word.AsSpan(0, word.Length - 1).IndexOfAnyExceptInRange('A', 'Z') < 0;

    /// <summary>"R-Waco", "D-McAllen", "D-San": a lawmaker's party and home town, written as one word.</summary>
    internal static bool IsPartyAndTown(string word) =>
        word.Length >= 5 && word[0] is 'D' or 'R' or 'I' && word[1] == '-' && char.IsUpper(word[2]) && word.AsSpan(3).IndexOfAnyExceptInRange('a', 'z') is var other
        && (other < 0 || (other > 0 && char.IsUpper(word[3 + other]) && word.AsSpan(4 + other).IndexOfAnyExceptInRange('a', 'z') < 0));

    // "PR1 2PD", "LN1 1YL": a British postcode, its outward half ("PR1": one or two letters, a digit, a letter or digit) and its
    // inward half ("2PD": a digit and two letters).
    private static bool IsPostcodeOut(string word) =>
        word.Length is >= 2 and <= 4 && char.IsAsciiLetterUpper(word[0]) && (char.IsAsciiDigit(word[1]) || word.Length >= 3 && char.IsAsciiLetterUpper(word[1]) && char.IsAsciiDigit(word[2]))
        && word.AsSpan(1).IndexOfAnyExcept("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") < 0;

    private static bool IsPostcodeIn(string word) => word.Length == 3 && char.IsAsciiDigit(word[0]) && char.IsAsciiLetterUpper(word[1]) && char.IsAsciiLetterUpper(word[2]);

    private static bool IsPostcodeAt(List<Token> tokens, int end, int k) =>
        k + 1 < end && IsPostcodeOut(tokens[k].Text) && IsPostcodeIn(tokens[k + 1].Text) || k > 0 && IsPostcodeIn(tokens[k].Text) && IsPostcodeOut(tokens[k - 1].Text);

    // "Preston PR1 2PD": the town before a postcode is a place (the tagger reads "Preston PR1" as a person), and the postcode no name.
    private static void TrimPostcodes(List<Token> tokens, int end, List<NameSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, last, type, source, entry) = spans[i];
            var trimmed = last;
            while (trimmed > first && IsPostcodeAt(tokens, end, trimmed - 1)) trimmed--;
            if (trimmed == last) continue;
            if (trimmed == first) { spans.RemoveAt(i--); continue; }
            spans[i] = (first, trimmed, type == "PER" ? "LOC" : type, source + "+rule:postcode", type == "PER" ? null : entry);
        }
    }

    // "Adelaide SA 5000", "Hobart TAS 7000": an Australian state's code before a four-digit postcode closes an address; the town
    // before it is a place (the tagger read "Adelaide SA" as a company).
    private static void TrimAustralianStates(List<Token> tokens, int end, List<NameSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, last, type, source, entry) = spans[i];
            if (last - first < 2 || last >= end || entry is not null || tokens[last - 1].Text is not ("SA" or "NSW" or "VIC" or "Vic" or "QLD" or "Qld" or "WA" or "TAS" or "Tas" or "NT" or "ACT")
                || tokens[last].Text is not { Length: 4 } code || code.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0) continue;
            spans[i] = (first, last - 1, "LOC", source + "+rule:postcode", null);
        }
    }

    // "the Poplar River Power Station near Coronach", read as one name: no name holds "near"; the name ends before it, and the
    // town after it is a place. "the Planning Inspectorate after Natural England objected": nor does a name hold a conjunction
    // of time or cause; the name after it is of the kind the whole was read as.
    private static void CutAtNear(List<Token> tokens, List<NameSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (first, last, type, source, entry) = spans[i];
            for (var k = first + 1; k < last - 1; k++)
            {
                var near = tokens[k].Text == "near";
                if (!near && !IsConjunctionOfTimeOrCause(tokens[k].Text)) continue;
                spans[i] = (first, k, type, source + "+rule:near", null);
                // "after Tropical/ORG Cyclone Winston": a name cut short by the tagger's span is no name of its own.
                var cutShort = !near && last < tokens.Count && char.IsUpper(tokens[last].Text[0]);
                if (!cutShort && AllNameWords(tokens, k + 1, last) && char.IsUpper(tokens[k + 1].Text[0])) spans.Add((k + 1, last, near ? "LOC" : type, source + "+rule:near", null));
                break;
            }
        }
    }

    private static bool IsConjunctionOfTimeOrCause(string word) =>
        word is "after" or "before" or "while" or "when" or "because" or "although" or "though" or "until" or "unless" or "whereas";

    public static void Apply(List<Token> tokens, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        TrimPostNominals(tokens, spans, matches);
        TrimPostcodes(tokens, end, spans);
        TrimAustralianStates(tokens, end, spans);
        CutAtNear(tokens, spans);
        // One pass over the spans, not a RemoveAll (and its delegate) per check for every sentence: each check reads only
        // the span itself and the tokens, so one pass removes what the checks one after another did.
        var kept = 0;
        for (var k = 0; k < spans.Count; k++)
            if (!IsNoName(tokens, end, spans[k])) spans[kept++] = spans[k];
        spans.RemoveRange(kept, spans.Count - kept);
        JoinSuffixes(tokens, end, spans);
        List<NameSpan>? titles = null;
        foreach (var s in spans)
            if (DocumentWords.Contains(tokens[s.Last - 1].Text)) (titles ??= []).Add(s);
        if (titles is not null) RemoveTitleRuns(tokens, end, spans, titles);
    }

    private static bool IsNoName(List<Token> tokens, int end, NameSpan s) =>
        IsHoliday(tokens, end, s) || IsAbbreviatedState(tokens, end, s) || IsStateInAddress(tokens, end, s)
        // "PCCs", "NGOs", "MPs": an acronym in the plural names a kind of body or office, not one of them.
        || (s.Last - s.First == 1 && s.Entry is null && IsPluralAcronym(tokens[s.First].Text))
        // "Tue 14 Jan": a day's abbreviation in a timestamp.
        || (s.Last - s.First == 1 && tokens[s.First].Text is "Mon" or "Tue" or "Tues" or "Wed" or "Thu" or "Thur" or "Thurs" or "Fri")
        // "the Robinson-Superior Treaty", "the Monroe Doctrine" with the span ended before the document's word: the person it is named after is no one.
        || (s.Type == "PER" && s.Entry is null && s.Last < end && DocumentWords.Contains(tokens[s.Last].Text))
        || (Feasts.Contains(tokens[s.First].Text) && (s.Last - s.First == 1 || tokens[s.First].Text is "Eid" or "Yom" or "Rosh"))
        || (s.Last - s.First == 1 && s.Entry is null && (Currencies.Contains(tokens[s.First].Text) || Measures.Contains(tokens[s.First].Text)))
        // "Sen. Chuck Schumer (D-N.Y.)", "John Thune, R-S.D.": a US lawmaker's party and state, no one's name.
        || (s.Last - s.First <= 2 && IsPartyAndState(tokens[s.First].Text))
        || (s.Last - s.First <= 3 && s.First > 0 && tokens[s.First - 1].Text is "(" or "," && IsPartyAndTown(tokens[s.First].Text))
        // "in Amharic and English", "Hindi", "Inuktut", "Kreyòl": a language is no place or body.
        || (s.Last - s.First == 1 && s.Entry is null && Languages.Contains(tokens[s.First].Text))
        // "past 47C": a temperature is a number, not a name.
        || (s.Last - s.First == 1 && IsTemperature(tokens[s.First].Text))
        // "Storm Isla", "Hurricane Milton", "Typhoon Gaemi": a weather system's name is no person's.
        || (StormWords.Contains(tokens[s.First].Text) && s.Last - s.First > 1
            || s.First > 0 && StormWords.Contains(tokens[s.First - 1].Text) && s.Last - s.First == 1)
        // "5G networks", "4G licences": a generation of mobile networks, not an organisation.
        || (s.Last - s.First == 1 && IsNetworkGeneration(tokens[s.First].Text))
        // "Brent crude rose 1%": an oil benchmark, not a person.
        || (s.Last - s.First == 1 && s.Last < end && tokens[s.First].Text is "Brent" or "WTI" && tokens[s.Last].Text is "crude" or "oil" or "futures" or "prices")
        || (s.Last - s.First == 1 && s.Entry is null && IsFaithOrDoctrine(tokens[s.First].Text))
        // A body's programme stays ("World Food Programme"); a show, a cup or a prize is no organisation either ("Tokyo Motor Show").
        || (s.Last - s.First > 1 && s.Entry is null && (s.Type == "PER" ? NamedAfterWords.Contains(tokens[s.Last - 1].Text) : NamesNoBody(tokens[s.Last - 1].Text)))
        // "the Graham Norton Show" with the span ended before "Show": the person or organisation it is named after goes too.
        || (s.Last < end && s.Entry is null && s.Type is "PER" or "ORG" && NamesNoBody(tokens[s.Last].Text))
        || IsNumberedEvent(tokens, s)
        // "the Lennart Meri Conference", "the Raisina Dialogue" read as a person: a meeting named after someone is no one.
        || (s.Type == "PER" && s.Last - s.First > 1 && s.Entry is null && EventWords.Contains(tokens[s.Last - 1].Text))
        // "the NATO Summit", "the G20 Summit": a meeting named after its hosts is an event, not the organisation.
        || (s.Last - s.First > 1 && s.Entry is null && tokens[s.Last - 1].Text is "Summit" or "Summits")
        || (s.Last - s.First == 1 && s.First > 0 && tokens[s.First - 1].Text == "," && PostNominals.Contains(tokens[s.First].Text));

    // Spans that end in a document's word ("Convention"): the title and what it runs on over are no name.
    private static void RemoveTitleRuns(List<Token> tokens, int end, List<NameSpan> spans, List<NameSpan> titles)
    {
        foreach (var span in titles)
        {
            var last = span.Last;
            // "... Convention on the Law of the Sea": the document's title runs on over "on", "of", "the".
            while (last + 1 < end && tokens[last].Text is "on" or "of" or "for" or "the" && (tokens[last + 1].Text == "the" || char.IsUpper(tokens[last + 1].Text[0])))
            {
                last++;
                while (last < end && (char.IsUpper(tokens[last].Text[0]) || tokens[last].Text is "the" or "of")) last++;
            }
            spans.RemoveAll(s => s.First >= span.First && s.Last <= last);
        }
    }

    // "Martin Luther King, Jr.": the tagger ends the person at the comma and takes "Jr." for an organisation.
    private static void JoinSuffixes(List<Token> tokens, int end, List<NameSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            var (_, last, type, _, _) = spans[i];
            if (type != "PER" || last + 1 >= end || tokens[last].Text != "," || tokens[last + 1].Text is not ("Jr." or "Jr" or "Sr." or "Sr")) continue;
            i = JoinSuffix(spans, i, last + 1);
        }
        var kept = 0;
        for (var k = 0; k < spans.Count; k++)
            if (!(spans[k].Last - spans[k].First == 1 && NameParticles.IsSuffix(tokens[spans[k].First].Text))) spans[kept++] = spans[k];
        spans.RemoveRange(kept, spans.Count - kept);
    }

    // The person at i takes in the suffix at token <paramref name="suffix"/>, and what else held it goes; the person's new index.
    // Apart from the loop, so the closures here are made only for a suffix, not for every span the loop passes.
    private static int JoinSuffix(List<NameSpan> spans, int i, int suffix)
    {
        var (first, _, type, source, entry) = spans[i];
        spans[i] = (first, suffix + 1, type, source, entry);
        spans.RemoveAll(s => s.First <= suffix && suffix < s.Last && s.First > first);
        return spans.FindIndex(s => s.First == first && s.Last == suffix + 1);
    }
}
