using System.Collections.Frozen;

namespace Pipeline.Enrichment;

/// <summary>
/// A light part-of-speech guess for English keyphrases, from closed word lists and endings: which
/// words may lead a noun phrase (adjectives, nouns, nominal -ing words such as "fishing"), which may
/// end one (nouns only), and which break it (verbs, adverbs, determiner-like adjectives such as
/// "largest", dates). Names and titles ("foreign minister", "rafael domingo") are left to the
/// entities, which already carry them.
/// </summary>
internal static class KeyphraseFilter
{
    /// <summary>What a word may be inside a keyphrase.</summary>
    public enum Role : byte
    {
        /// <summary>Ends a phrase and starts none: a verb, adverb, date word, name or stop word.</summary>
        Break,
        /// <summary>May lead or sit inside a phrase, never end it ("economic", "maritime").</summary>
        Modifier,
        /// <summary>May end a phrase.</summary>
        Noun,
    }

    // Verb forms that are rarely nouns: past tenses, third persons and base forms.
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "met", "told", "took", "gave", "went", "came", "left", "held", "led", "won", "lost", "paid", "sent", "saw", "spent", "spoke",
        "stood", "rose", "fell", "grew", "began", "became", "brought", "bought", "sold", "built", "kept", "meant", "ran", "thought",
        "wrote", "drew", "struck", "sought", "fought", "caught", "chose", "drove", "knew", "says", "tells", "adds", "wants",
        "seeks", "urges", "warns", "expects", "remains", "called", "signed", "agreed", "announced", "warned", "urged",
        "asked", "wanted", "hoped", "welcomed", "accepted", "invited", "discussed", "presented", "noted", "reached", "opened", "joined",
        "help", "make", "give", "keep", "allow", "lift", "sign", "meet", "visit", "buy", "sell", "build", "would", "bring", "brings",
        "added", "attended", "described", "estimated", "expected", "planned", "offered", "received", "suspended", "scheduled",
        "succeeds", "includes", "involves", "requires", "appears", "seems", "continues", "depends", "means", "allows", "aims", "argues",
        "provides", "produces", "reflects", "suggests", "gives", "takes", "makes", "gets", "goes", "comes", "becomes", "believes",
        "knows", "thinks", "keeps", "leaves", "commits", "fails", "intends", "insists", "holds", "applies", "answers", "mentions",
        "renegotiate", "restore", "rebuild", "ensure", "expand", "improve", "provide", "reduce", "strengthen", "tighten", "extend",
        "deepen", "promote", "establish", "create", "maintain", "enable", "prevent", "protect", "consider", "discuss", "agree",
        "accept", "apply", "attend", "carry", "choose", "deliver", "replace", "remain", "repeat", "resume", "take", "tell", "ask",
        "seem", "invest", "hire", "employ", "produce", "reach", "join", "include", "involve", "require", "depend", "argue",
        "reflect", "suggest", "commit", "fail", "intend", "insist", "succeed", "receive", "announce", "approve", "expect", "want",
        "seek", "urge", "warn", "invite", "describe", "consult", "encourage", "explain", "negotiate", "operate", "manage", "connect",
        "tackle", "secure", "ease", "become", "begin", "continue", "pledged", "vowed", "told", "refused", "rejected", "backed",
        "ship", "send", "spend", "win", "lose", "hold", "pay", "feed", "contribute", "lasted", "dragged", "damaged", "accused",
        "belongs", "belong", "expire", "expires", "finish", "finishes", "deter", "reopen", "withdraw", "add", "read", "runs", "set",
        "hope", "hopes", "cut", "matters", "hire", "sets", "prompted", "urged", "stressed", "helps", "starts", "ends", "lets",
        "sells", "owns", "operates", "hurt", "recover", "hand", "melt", "attract", "lend", "inspect", "evade", "assemble", "plans",
        "aims", "vows", "pledges", "calls", "lack", "lacks", "lacked", "faces", "sees", "wins", "loses", "pays", "buys", "signs", "meets", "visits", "opens",
    };

    // Words that are verbs after "to", "will", "would", "could" and the like, and nouns elsewhere.
    private static readonly HashSet<string> VerbsAfterAuxiliary = new(StringComparer.Ordinal)
    {
        "share", "cut", "ban", "trade", "plan", "review", "train", "raise", "offer", "open", "cover", "supply", "export", "import",
        "increase", "boost", "support", "fund", "finance", "control", "change", "rule", "lead", "end", "return", "release", "report",
        "use", "need", "test", "process", "target", "estimate", "present", "address", "host", "launch", "back", "focus", "form",
        "head", "vote", "study", "work", "move", "set", "run", "start", "call", "talk", "transfer", "exchange", "store", "mine",
        "power", "fuel", "market", "price", "tax", "issue", "deal", "demand", "drive", "link", "order", "post", "reform", "pledge",
        "promise", "protest", "strike", "step", "attack", "block", "challenge", "claim", "close", "cost", "cross", "debate", "delay",
        "develop", "double", "draft", "drop", "fight", "grant", "hit", "hope", "limit", "list", "loan", "note", "pump", "record",
        "refuse", "remove", "repair", "request", "rescue", "risk", "save", "scale", "seal", "shape", "shift", "shut", "slow",
        "split", "spread", "stand", "stress", "survey", "swap", "tie", "track", "transport", "treat", "turn", "upgrade", "view",
        "watch", "yield", "cap", "curb", "lower", "halt", "resolve", "respond", "monitor", "patrol", "verify", "cooperate", "sign",
        "stop", "go", "do", "get", "see", "say", "let", "put", "come", "help", "meet", "buy", "sell", "build", "bring", "keep",
        "give", "make", "lift", "visit", "allow", "pay", "hold", "send", "stay", "follow", "face", "act", "benefit", "respect",
    };

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.Ordinal,
    [
        "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "cannot", "did", "does", "do", "not", "also",
        "help", "helped", "helps", "let",
    ]);

    // What "to" leads into when it is an infinitive marker: an object or particle follows the verb.
    private static readonly FrozenSet<string> AfterInfinitive = FrozenSet.Create(StringComparer.Ordinal,
    [
        "the", "a", "an", "its", "their", "his", "her", "our", "more", "up", "out", "some", "all", "new", "both", "it", "them", "this",
        "these", "those", "any", "off", "down", "over", "further",
    ]);

    // -ing words that name an activity or thing, not a verb: "fishing vessels", "salmon farming".
    private static readonly HashSet<string> NominalIng = new(StringComparer.Ordinal)
    {
        "fishing", "farming", "mining", "shipping", "trading", "banking", "housing", "building", "manufacturing", "processing",
        "refining", "smelting", "drilling", "logging", "recycling", "spending", "funding", "financing", "lending", "training",
        "planning", "engineering", "marketing", "accounting", "pricing", "landing", "hearing", "ruling", "polling", "voting",
        "kidnapping", "trafficking", "smuggling", "bombing", "shelling", "fighting", "warming", "dumping", "booking", "rating",
        "sourcing", "outsourcing", "licensing", "monitoring", "peacekeeping", "policing", "mapping", "tracking", "printing",
        "packaging", "catering", "cooling", "heating", "lighting", "nursing", "teaching", "learning", "computing", "modelling",
        "rationing", "bargaining", "borrowing", "morning", "evening", "ceiling", "spring", "string", "clothing",
        "opening", "meeting", "briefing", "funding", "dredging", "welding", "bidding", "tendering", "broadcasting",
        "advertising", "publishing", "lobbying", "ceasefire", "wellbeing", "well-being", "understanding", "uprising", "dwelling",
        "crossing", "grazing", "irrigating", "spinning", "weaving", "tourism", "shipbuilding", "stockpiling", "enrichment",
        "reprocessing", "dumping", "poaching", "looting", "rioting", "flooding", "blackmailing", "beijing", "wellington",
        "reporting", "testing", "screening", "vetting", "staffing", "pipeline", "railing", "siding", "sibling", "thing", "nothing",
    };

    // Words that name no topic on their own in news ("issue", "countries"); they may sit in a phrase.
    private static readonly FrozenSet<string> Generic = FrozenSet.Create(StringComparer.Ordinal,
    [
        "issue", "issues", "country", "countries", "nation", "nations", "project", "projects", "share", "shares", "official",
        "officials", "statement", "statements", "week", "weeks", "month", "months", "day", "people", "percent", "government",
        "governments", "company", "companies", "firm", "firms", "side", "spokesman", "spokeswoman", "spokesperson", "reporter",
        "reporters", "source", "sources", "figure", "figures", "end", "value", "result", "results", "term", "terms", "level",
        "levels", "move", "step", "steps", "meeting", "meetings", "visit", "news", "city", "capital", "region", "area", "times",
        "number", "lot", "deal", "agreement", "agreements", "plan", "plans", "decision", "comment", "comments", "interview",
        "session", "round", "statement", "move", "percentage", "amount", "total", "business", "state", "support", "role", "home",
        "world", "today", "yesterday", "tomorrow", "tonight", "morning", "evening", "afternoon", "night", "record", "case", "cases",
        "need", "needs", "hope", "hopes", "effort", "efforts", "point", "points", "kind", "sort", "form", "group", "groups",
        "leader", "leaders", "minister", "ministers", "counterpart", "counterparts", "quarter", "quarters", "decade", "decades",
        "century", "centuries", "hour", "hours", "minute", "minutes", "half", "dollar", "dollars", "member", "members", "list",
    ]);

    // Adjectives that lead a phrase but cannot end one ("maritime cooperation", not "retail prices stable").
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "foreign", "national", "international", "regional", "global", "chief", "senior", "deputy", "vice", "economic", "political",
        "military", "high", "low", "long", "short", "early", "local", "federal", "public", "private", "joint", "bilateral",
        "technical", "annual", "average", "prime", "general", "special", "official", "common", "modest", "ambitious", "southern",
        "northern", "eastern", "western", "maritime", "indigenous", "nuclear", "solar", "electric", "environmental", "financial",
        "digital", "strategic", "critical", "commercial", "agricultural", "industrial", "diplomatic", "domestic", "renewable", "raw",
        "natural", "legal", "illegal", "civil", "social", "human", "medical", "active", "dry", "free", "full", "green", "hard",
        "heavy", "open", "rare", "safe", "strong", "weak", "traditional", "young", "direct", "final", "similar", "stable", "steady",
        "firm", "flat", "unchanged", "ready", "able", "due", "clear", "close", "available", "necessary", "important", "responsible",
        "reliable", "serious", "sharp", "slow", "fast", "cheap", "expensive", "higher", "lower", "wider", "broader", "deeper",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central", "upper", "lower", "mid",
        "multilateral", "trilateral", "interim", "temporary", "permanent", "formal", "informal", "binding", "legal", "armed",
        "continental", "peaceful", "humanitarian", "economic", "fiscal", "monetary", "electoral", "presidential", "parliamentary",
        "military-technical", "intergovernmental", "cross-border", "offshore", "onshore", "underwater", "undersea", "bilateral",
        "ecological", "scientific", "academic", "cultural", "educational", "sovereign", "territorial", "coastal", "inland",
        "red", "black", "white", "blue", "yellow", "golden", "silver", "old", "good", "bad", "great", "little", "poor", "rich",
        "sure", "worth", "bound", "risky", "wealthy", "busy", "healthy", "costly", "alone", "together", "abroad", "apart", "ahead", "overall",
    };

    // Determiner-like adjectives that neither lead nor end a topic: "largest lithium reserves" names "lithium reserves".
    private static readonly HashSet<string> Weak = new(StringComparer.Ordinal)
    {
        "largest", "biggest", "highest", "lowest", "latest", "greatest", "strongest", "fastest", "closest", "newest", "oldest",
        "richest", "poorest", "deepest", "longest", "smallest", "worst", "best", "main", "major", "key", "top", "several", "various",
        "certain", "second", "third", "fourth", "fifth", "former", "recent", "current", "possible", "likely", "further", "total",
        "entire", "whole", "additional", "remaining", "so-called", "giant", "vast", "huge", "big", "large", "small", "bigger",
        "larger", "fresh", "real", "late", "previous", "following", "initial", "specific", "particular", "usual", "typical",
        "potential", "existing", "proposed", "planned", "ongoing", "upcoming", "half", "double", "triple", "single", "multiple",
        "numerous", "extra", "roughly", "nearly", "almost", "about", "approximately", "around", "sixth", "seventh", "tenth",
        "million", "billion", "trillion", "thousand", "hundred", "dozen", "dozens", "hundreds", "thousands", "millions", "billions",
        "reuters", "afp", "ap", "mr", "mrs", "ms", "dr", "earlier", "later", "faster", "slower", "cheaper", "greater", "stronger",
        "closer", "tighter", "looser", "shorter", "higher", "bigger", "smaller", "newer", "older", "better", "worse", "easier", "harder", "longer", "much-needed", "long-awaited", "long-term", "short-term",
    };

    private static readonly HashSet<string> DateWords = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "year", "years", "days", "weekend",
    };

    // -ly words that are nouns ("supply chain", "family businesses").
    private static readonly HashSet<string> LyNouns = new(StringComparer.Ordinal)
    {
        "supply", "family", "assembly", "rally", "ally", "italy", "july", "monopoly", "anomaly", "reply", "fly", "belly", "jelly",
        "bully", "lily", "tally", "oligopoly", "duopoly", "homily", "folly", "gully", "anglophone",
    };

    // The head word of each title ("minister" of "Trade Minister", "secretary-general"); the words
    // before it ("trade", "oil") are topics elsewhere.
    private static readonly Lazy<HashSet<string>> TitleWords = new(() => EmbeddedData.Rows("person-titles.txt")
        .Select(row => row[0].ToLowerInvariant().Split(' ')[^1])
        .SelectMany(last => new[] { last, last.Split('-')[^1] })
        .Where(w => w.Length > 2 && !w.EndsWith('.') && w is not ("state" or "elect" or "major"))
        .ToHashSet(StringComparer.Ordinal));

    /// <summary>Words that end a keyphrase run: the head word of a title ("minister", "president").</summary>
    public static bool IsTitleWord(string lower) => TitleWords.Value.Contains(lower);

    private static readonly FrozenSet<string> NumberWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "multi", "half", "single",
        "first", "second", "third", "one-third", "quarter", "year", "day", "week", "month", "hour",
    ]);

    private static readonly FrozenSet<string> TimeUnits = FrozenSet.Create(StringComparer.Ordinal,
    [
        "year", "years", "day", "days", "week", "weeks", "month", "months", "hour", "hours", "minute", "decade", "century", "old", "long",
    ]);

    // "five-year", "twenty-five", "two-day": counts and spans of time, not topics.
    private static bool IsCountWord(string word)
    {
        var dash = word.IndexOf('-');
        if (dash <= 0) return false;
        // The parts are looked up as spans: most hyphenated words are no count, and cutting them out cost a string each.
        return NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.AsSpan(0, dash))
            || TimeUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.AsSpan(word.LastIndexOf('-') + 1));
    }

    private static readonly HashSet<string> AbleNouns = new(StringComparer.Ordinal)
    {
        "table", "cable", "vegetable", "timetable", "constable", "variable", "syllable", "receivable", "turntable", "roundtable",
    };

    private static readonly string[] AlEndings = ["ical", "tial", "cial", "ional", "ntal", "ural", "oral", "inal"];

    private static readonly FrozenSet<string> AlNouns = FrozenSet.Create(StringComparer.Ordinal,
    [
        "chemical", "potential", "official", "terminal", "criminal", "cardinal", "mural", "corporal", "editorial", "tutorial",
        "memorial", "musical", "periodical", "original", "principal", "residential", "credential", "essential",
    ]);

    // "practical", "continental", "structural": adjectives by their ending.
    private static bool IsAlAdjective(string word)
    {
        if (word.Length < 7 || AlNouns.Contains(word)) return false;
        foreach (var ending in AlEndings)
            if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    // "high-level", "large-scale", "long-range", "state-owned": compound adjectives.
    private static bool IsHyphenAdjective(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && word.AsSpan(dash + 1) is "level" or "scale" or "range" or "term" or "based" or "owned" or "run" or "led" or "backed"
            or "style" or "sized" or "speed" or "wide" or "free" or "friendly" or "related" or "linked" or "bound" or "rich" or "poor";
    }

    // -ive words that are nouns ("cooperative", "executive").
    private static readonly HashSet<string> IveNouns = new(StringComparer.Ordinal)
    {
        "executive", "executives", "representative", "initiative", "objective", "incentive", "alternative", "offensive", "explosive",
        "detective", "directive", "archive", "motive", "native", "relative", "perspective", "collective", "olive", "narrative",
        "locomotive", "cooperative", "derivative", "prerogative", "drive", "five", "dive", "hive", "live", "captive", "additive",
    };

    /// <summary>Whether a word on its own, or every word of a phrase, is too general to name a topic.</summary>
    public static bool IsGeneric(string lower) => Generic.Contains(lower);

    // General words that do not lead a phrase: "country chip industry", "companies set".
    private static readonly FrozenSet<string> NoLead = FrozenSet.Create(StringComparer.Ordinal,
    [
        "country", "countries", "nation", "nations", "company", "companies", "official", "officials", "people", "side", "sides",
        "week", "month", "day", "region", "city", "capital", "percent", "time", "firm", "firms", "statement", "deal", "agreement",
    ]);

    // Heads that make a phrase met once a passing remark ("copper century", "practical step").
    private static readonly FrozenSet<string> WeakHeads = FrozenSet.Create(StringComparer.Ordinal,
    [
        "century", "centuries", "decade", "decades", "step", "steps", "side", "sides", "end", "lot", "figure", "figures", "part",
        "times", "level", "levels", "kind", "sort", "point", "points", "move", "moves", "matter", "matters", "thing", "things", "way",
        "hour", "hours", "day", "days", "week", "weeks", "month", "months", "years", "people", "question", "questions",
    ]);

    /// <summary>Whether a phrase ending on this word is, met once, more likely a passing remark than a topic.</summary>
    public static bool IsWeakHead(string lower) => WeakHeads.Contains(lower);

    /// <summary><see cref="IsWeakHead(string)"/> of a word within a phrase, without cutting it out.</summary>
    public static bool IsWeakHead(ReadOnlySpan<char> lower) => WeakHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);

    /// <summary>Whether a general word may not open a phrase of two or more words.</summary>
    public static bool IsGenericLead(string lower) => NoLead.Contains(lower);

    /// <summary>
    /// The role of word <paramref name="w"/>, a content word (not a stop word), given the words before and after it.
    /// </summary>
    public static Role Classify(ReadOnlySpan<(string Lower, bool BreakBefore)> words, int w) => Classify(words, w, TraitsOf(words[w].Lower));

    /// <summary><see cref="Classify(ReadOnlySpan{ValueTuple{string, bool}}, int)"/> with the word's <see cref="TraitsOf"/> known.</summary>
    public static Role Classify(ReadOnlySpan<(string Lower, bool BreakBefore)> words, int w, WordTraits traits)
    {
        if ((traits & WordTraits.Break) != 0) return Role.Break;
        if (AfterAuxiliary(words, w, out var modal) && (modal || (traits & WordTraits.VerbAfterAuxiliary) != 0)) return Role.Break;
        return (traits & WordTraits.Modifier) != 0 ? Role.Modifier : Role.Noun;
    }

    /// <summary>What <see cref="Classify(ReadOnlySpan{ValueTuple{string, bool}}, int, WordTraits)"/> reads of the word alone.</summary>
    [Flags]
    public enum WordTraits : byte
    {
        None = 0,
        /// <summary>A break wherever it stands: a listed weak, date, verb or title word, a count, an adverb in -ly, a verb in -ing or -ed.</summary>
        Break = 1,
        /// <summary>A verb after an auxiliary ("to share").</summary>
        VerbAfterAuxiliary = 2,
        /// <summary>Not a break: an adjective (listed, a demonym, or by its ending).</summary>
        Modifier = 4,
    }

    /// <summary>
    /// The traits of a word on its own, in the order <see cref="Classify(ReadOnlySpan{ValueTuple{string, bool}}, int)"/> tests them:
    /// everything but whether an auxiliary stands before it, which depends on the words around.
    /// </summary>
    public static WordTraits TraitsOf(string word)
    {
        // One look-up tells every list the word is on.
        Lists.ByWord.TryGetValue(word, out var on);
        if ((on & (Listed.Weak | Listed.Date | Listed.Verb | Listed.Title)) != 0) return WordTraits.Break;
        if (word.EndsWith("-largest", StringComparison.Ordinal) || word.EndsWith("-biggest", StringComparison.Ordinal) || IsCountWord(word)) return WordTraits.Break;
        if (word.EndsWith("ly", StringComparison.Ordinal) && (on & Listed.LyNoun) == 0) return WordTraits.Break;
        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 && (on & Listed.NominalIng) == 0) return WordTraits.Break;
        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 && !word.EndsWith("eed", StringComparison.Ordinal)) return WordTraits.Break;
        var traits = (on & Listed.VerbAfterAuxiliary) != 0 ? WordTraits.VerbAfterAuxiliary : WordTraits.None;
        if ((on & (Listed.Modifier | Listed.Demonym)) != 0) return traits | WordTraits.Modifier;
        if (word.EndsWith("ous", StringComparison.Ordinal) || word.EndsWith("less", StringComparison.Ordinal) && word != "unless"
            || word.EndsWith("ible", StringComparison.Ordinal) || word.EndsWith("ive", StringComparison.Ordinal) && (on & Listed.IveNoun) == 0
            || word.EndsWith("able", StringComparison.Ordinal) && (on & Listed.AbleNoun) == 0
            || word.EndsWith("ful", StringComparison.Ordinal) && word != "handful" || IsAlAdjective(word) || IsHyphenAdjective(word)) return traits | WordTraits.Modifier;
        return traits;
    }

    /// <summary>The word lists <see cref="Classify"/> reads, as bits.</summary>
    [Flags]
    private enum Listed : ushort
    {
        Weak = 1, Date = 2, Verb = 4, Title = 8, LyNoun = 16, NominalIng = 32, VerbAfterAuxiliary = 64, Modifier = 128, Demonym = 256,
        IveNoun = 512, AbleNoun = 1024,
    }

    // Built on first use, once the lists above are.
    private static class Lists
    {
        public static readonly System.Collections.Frozen.FrozenDictionary<string, Listed> ByWord = Build();

        private static System.Collections.Frozen.FrozenDictionary<string, Listed> Build()
        {
            var byWord = new Dictionary<string, Listed>(StringComparer.Ordinal);
            foreach (var (list, bit) in new (IEnumerable<string>, Listed)[]
            {
                (Weak, Listed.Weak), (DateWords, Listed.Date), (Verbs, Listed.Verb), (TitleWords.Value, Listed.Title), (LyNouns, Listed.LyNoun),
                (NominalIng, Listed.NominalIng), (VerbsAfterAuxiliary, Listed.VerbAfterAuxiliary), (Modifiers, Listed.Modifier),
                (Demonyms.Value, Listed.Demonym), (IveNouns, Listed.IveNoun), (AbleNouns, Listed.AbleNoun),
            })
                foreach (var word in list) byWord[word] = byWord.GetValueOrDefault(word) | bit;
            return byWord.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    // "to share satellite data", "would cut output": the word is a verb. "access to water" keeps the noun.
    private static bool AfterAuxiliary(ReadOnlySpan<(string Lower, bool BreakBefore)> words, int w, out bool modal)
    {
        modal = false;
        if (w == 0 || words[w].BreakBefore) return false;
        var before = w - 1;
        if (words[before].Lower is "also" or "not" or "then" or "jointly" or "further" && before > 0 && !words[before].BreakBefore) before--;
        var aux = words[before].Lower;
        if (!Auxiliaries.Contains(aux)) return false;
        // "would rise", "will expand": after a modal comes a verb, whatever it is.
        modal = aux is "will" or "would" or "could" or "can" or "might" or "must" or "should" or "shall" or "cannot";
        if (aux != "to") return true;
        if (w + 1 >= words.Length || words[w + 1].BreakBefore) return false;
        var next = words[w + 1].Lower;
        return AfterInfinitive.Contains(next) || next.Length > 3 && !Verbs.Contains(next) && char.IsLetter(next[0]) && !Stopwords.English.Contains(next);
    }

    // Nationality words, lower-cased, from the same lists the entities use ("turkish", "kazakh").
    private static readonly Lazy<HashSet<string>> Demonyms = new(() => EmbeddedData.Rows("countries.tsv").SelectMany(row => row[3].Split('|'))
        .Concat(EmbeddedData.Rows("demonyms-extra.tsv").Select(row => row[0]))
        .Concat(EmbeddedData.Rows("groups.txt").Select(row => row[0]))
        .Where(d => d.Length > 0)
        .Select(d => d.ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal));
}
