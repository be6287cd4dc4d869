using System.Collections.Frozen;

namespace Pipeline.Enrichment;

/// <summary>
/// Names on a sports page that the tagger reads as it would in news:
/// <list type="bullet">
/// <item>Players named by surname alone in a scorer, assist or best-player list ("Goals: Okafor 3, Brennan 2, Lytle, Voss";
/// "Best: Lytle, Voss"; "Marsh 9 (Quill, Tarrant)") are people, not places: a list line that opens with a sports label, or that
/// holds two or more "Surname N" items, makes its lone capitalised items people.</item>
/// <item>A town that stands for its team ("Ardmore beat Kilcoole by 14 points", "Ardmore 1-18 Kilcoole 0-9", "lost to Ardmore",
/// "Goals: Ardmore: ...") is an organisation. Where the text also uses the town as a place ("a parade in Ardmore"), those
/// mentions stay places. A country or a state stays a place (national and state sides are their places).</item>
/// <item>A place or a person the tagger found whose last word is a club word ("Brackley Harriers", "Fenwick Juniors",
/// "Lower Dean Athletic", "Oakham Old Boys") is a club, unless the whole is a listed place ("Kansas City").</item>
/// <item>A ground or arena the tagger took for a body or a person ("Kellaway Reserve", "Harlow Athletic Centre", "Dunmore Memorial
/// Coliseum in Ashby", which ends before "in") is a place.</item>
/// <item>A playing position that opens a sentence before a name ("Winger Tom Ashby scored") is no word of the name.</item>
/// <item>A score the tagger ran into a name ("Niall Kearns 0-4") is no word of it.</item>
/// </list>
/// One pass over the names and one over the tokens, looking only at the words next to each.
/// </summary>
internal static class SportsTeams
{
    private const string Rule = "+rule:sports";

    // Words that open a scorer, lineup or officials line ("Goals:", "Best:", "Tries:").
    private static readonly FrozenSet<string> ListLabels = new[]
    {
        "Goals", "Goal", "Best", "Scorers", "Scorer", "Tries", "Try", "Conversions", "Conversion", "Con", "Cons", "Penalties", "Pens", "Pen",
        "Assists", "Booked", "Bookings", "Subs", "Substitutes", "Unused", "Points", "Umpires", "Referees", "Officials", "Stars", "Goalies",
        "Goalkeepers", "Wickets", "Runs", "Rebounds", "Sent",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Words for beating, drawing with and playing against a team, before or after its name.
    private static readonly FrozenSet<string> MatchWords = new[]
    {
        "beat", "beats", "defeated", "defeats", "def", "downed", "edged", "thrashed", "overcame", "outlasted", "routed", "v", "vs", "v.", "vs.", "versus",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Last words of a club's name after its place: the football clubs' words and those of athletics, juniors' and local clubs.
    private static readonly FrozenSet<string> ClubWords = new[]
    {
        "Harriers", "Juniors", "Colts", "City",
    }.Concat(OrganizationsNamedByPlace.ClubWords).ToFrozenSet(StringComparer.Ordinal);

    // Playing positions that English writes in lower case; capitalised only to open a sentence.
    private static readonly FrozenSet<string> Positions = new[]
    {
        "Midfielder", "Defender", "Forward", "Striker", "Goalkeeper", "Keeper", "Winger", "Fullback", "Full-back", "Flanker", "Prop", "Hooker",
        "Halfback", "Half-back", "Fly-half", "Centre", "Center", "Guard", "Quarterback", "Receiver", "Linebacker", "Pitcher", "Catcher",
        "Goaltender", "Goalie", "Netminder", "Ruckman", "Wingback", "Playmaker", "Skipper", "Opener", "Batsman", "Batter", "Bowler", "Spinner",
        "Sprinter", "Setter", "Libero", "Lock", "Number", "Scrum-half", "Full-forward", "Utility", "Ruck", "Tailback", "Cornerback", "Safety",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<EntitySpan> Apply(string text, List<Token> tokens, List<EntitySpan> names)
    {
        if (names.Count == 0 || tokens.Count == 0) return names;
        List<EntitySpan>? result = null;
        // Teams and listed players need a score, a margin, a list label or tallies somewhere in the text: without any, only the
        // names' own words (a position, a ground, a club word) are read, and the passes over the tokens are skipped.
        var sporty = HasResults(tokens);
        var teams = new HashSet<string>(StringComparer.Ordinal);
        var teamWords = sporty ? TeamWords(text, tokens) : [];
        var places = new HashSet<string>(StringComparer.Ordinal);
        var covered = new HashSet<int>();
        var cities = new List<(int, EntitySpan)>();
        for (var i = 0; i < names.Count; i++)
        {
            var span = names[i];
            var first = TokenSearch.IndexAt(tokens, span.Start);
            if (first < 0) continue;
            var last = first;
            while (last + 1 < tokens.Count && tokens[last + 1].End <= span.End) last++;
            if (sporty) for (var k = first; k <= last; k++) covered.Add(k);
            var changed = Trimmed(text, tokens, span, first, last) ?? Venue(text, span) ?? Club(span, last - first + 1);
            // "Exeter City" is a club on a sports page, "Davao City" a place elsewhere.
            if (changed is not null && changed.Name.EndsWith(" City", StringComparison.Ordinal) && changed.Type != span.Type)
            {
                cities.Add((i, changed));
                continue;
            }
            if (changed is not null)
            {
                (result ??= [.. names])[i] = changed;
                continue;
            }
            if (!sporty || span.Type is not (EntityTypes.Location or EntityTypes.Person) || last - first > 2 || IsCountryOrState(span.Name)) continue;
            if (span.Type == EntityTypes.Person && (first != last || !IsTownNotSurname(span.Name, names))) continue;
            var team = PlaysAsTeam(text, tokens, first, last);
            if (team || teamWords.Contains(span.Name)) teams.Add(span.Name);
            if (!team && span.Type == EntityTypes.Location && first > 0 && tokens[first - 1].Text is "in" or "at" or "near" or "from" or "of") places.Add(span.Name);
        }
        if (!sporty) return result ?? names;
        var added = ListedPeople(text, tokens, names, covered, teams);
        // "Ballyhale 2-15 Thomastown 1-12": a team of a results line the tagger passed over is named there.
        foreach (var word in teamWords) teams.Add(word);
        for (var k = 0; k < tokens.Count; k++)
            // A plural there is the club's nickname ("Sarsfields 1-15, Shamrocks 1-13"), a short form, unless it is a listed town.
            if (!covered.Contains(k) && teamWords.Contains(tokens[k].Text) && !FeatureExtractor.IsKnownWord(tokens[k].Text)
                && (tokens[k].Text[^1] != 's' || Lexicon.Instance.Phrases.Lookup(tokens[k].Text) is { } town && town.Is(GazetteerKind.City))
                && (k == 0 || tokens[k - 1].Text is not ("in" or "at" or "near" or "from" or "of")))
                added.Add((-1, new EntitySpan(tokens[k].Start, tokens[k].End, tokens[k].Text, EntityTypes.Organization, "rule:sports-team")));
        if (teams.Count == 0 && added.Count == 0) return result ?? names;
        result ??= [.. names];
        for (var i = 0; i < result.Count; i++)
        {
            var span = result[i];
            if (span.Type is not (EntityTypes.Location or EntityTypes.Person) || !teams.Contains(span.Name)) continue;
            // A town the text also uses as a place keeps that use where a preposition of place stands before it.
            if (places.Contains(span.Name) && TokenSearch.IndexAt(tokens, span.Start) is var at and > 0 && !PlaysAsTeam(text, tokens, at, at)
                && tokens[at - 1].Text is "in" or "at" or "near" or "from" or "of") continue;
            result[i] = span with { Type = EntityTypes.Organization, CountryCode = null, Canonical = null, Source = span.Source + Rule };
        }
        if (added.Any(a => a.Index >= 0 || a.Person.Type == EntityTypes.Person)) foreach (var (index, club) in cities) result[index] = club;
        foreach (var (index, person) in added)
        {
            if (index >= 0) result[index] = person;
            else result.Add(person);
        }
        return result;
    }

    // "Winger Tom Ashby", "Niall Kearns 0-4": a position before or a score after a name is no word of it.
    private static EntitySpan? Trimmed(string text, List<Token> tokens, EntitySpan span, int first, int last)
    {
        if (span.Type is EntityTypes.Person or EntityTypes.Organization && last - first >= 2 && Positions.Contains(tokens[first].Text)
            && OpensSentence(text, tokens, first) && char.IsUpper(tokens[first + 1].Text[0]) && tokens[first + 1].Text.Length > 1
            && Lexicon.Instance.Phrases.Lookup(tokens[first + 1].Text) is { } given && given.Is(GazetteerKind.FirstName))
        {
            var start = tokens[first + 1].Start;
            return span with { Start = start, Text = text[start..span.End], Type = EntityTypes.Person, CountryCode = null, Canonical = null, Source = span.Source + Rule };
        }
        if (span.Type == EntityTypes.Person && last > first && IsScore(tokens, last))
        {
            var end = tokens[last - 1].End;
            return span with { End = end, Text = text[span.Start..end], Canonical = null, Source = span.Source + Rule };
        }
        return null;
    }

    // "Kellaway Reserve", "Dunmore Memorial Coliseum", "Harlow Athletic Centre": a ground is a place, whoever it is named after; a
    // body's reserve ("the Federal Reserve", "the Army Reserve", "Support of the Guard and Reserve") stays a body. "Dunmore Coliseum in Ashby" ends before "in".
    private static EntitySpan? Venue(string text, EntitySpan span)
    {
        if (span.Type is not (EntityTypes.Organization or EntityTypes.Person) || span.Name.IndexOf(' ') < 0) return null;
        var name = span.Name;
        var cut = name.IndexOf(" in ", StringComparison.Ordinal);
        if (cut > 0) name = name[..cut];
        var space = name.LastIndexOf(' ');
        if (space < 0) return null;
        var last = name[(space + 1)..];
        var before = name.LastIndexOf(' ', space - 1) is var b and >= 0 ? name[(b + 1)..space] : name[..space];
        var venue = last is "Reserve" or "Oval" or "Coliseum" or "Stadium" or "Velodrome" or "Racecourse" or "Showgrounds" or "Showground"
            || last == "Centre" && before is "Athletic" or "Sports" or "Leisure" or "Aquatic" or "Recreation" or "Tennis" or "Curling"
            || last == "Ground" && before == "Recreation";
        // "Employer Support of the Guard and Reserve": a name with words of grammar in it is a body's.
        if (!venue || name.Split(' ').Any(w => !char.IsUpper(w[0])) || last == "Reserve" && (name.Contains("Federal", StringComparison.Ordinal) || before is "Army" or "Naval" or "Navy" or "Force" or "Corps" or "Strategic" or "Petroleum" or "Bank")) return null;
        var end = cut > 0 ? span.Start + span.Text.IndexOf(" in ", StringComparison.Ordinal) : span.End;
        return span with { End = end, Text = text[span.Start..end], Type = EntityTypes.Location, CountryCode = null, Canonical = null, Source = span.Source + Rule };
    }

    private static EntitySpan? Club(EntitySpan span, int length)
    {
        if (span.Type is not (EntityTypes.Location or EntityTypes.Person) || length < 2) return null;
        var space = span.Name.LastIndexOf(' ');
        var club = ClubWords.Contains(span.Name[(space + 1)..])
            || span.Name.EndsWith(" Old Boys", StringComparison.Ordinal) && length >= 3;
        if (!club || Lexicon.Instance.Phrases.Lookup(span.Name) is { } listed && listed.Is(GazetteerKind.City | GazetteerKind.Region | GazetteerKind.Country)) return null;
        return span with { Type = EntityTypes.Organization, CountryCode = null, Canonical = null, Source = span.Source + Rule };
    }

    private static bool OpensSentence(string text, List<Token> tokens, int i)
    {
        if (i == 0) return true;
        var before = tokens[i - 1].Text;
        return before is "." or "!" or "?" or "\"" or "“" or ":" || TokenSearch.LineBreakBefore(text, tokens, i);
    }

    // "Ardmore 1-18", "Ardmore 13.12 (90)", "Ardmore: Okafor 3" (a team's line of a scorer list); with a score or a margin near,
    // "beat Ardmore", "Ardmore defeated", "drew with Ardmore", "lost to Ardmore" ("Baku beats Almaty to the championships" is a bid).
    private static bool PlaysAsTeam(string text, List<Token> tokens, int first, int last)
    {
        var verb = false;
        if (last + 1 < tokens.Count)
        {
            var after = tokens[last + 1].Text;
            if (IsScore(tokens, last + 1)) return true;
            if (after == ":" && InLabelLine(text, tokens, first)) return true;
            verb = MatchWords.Contains(after) || after is "drew" || after == "lost" && last + 2 < tokens.Count && tokens[last + 2].Text == "to";
        }
        if (!verb && first > 0)
        {
            var before = tokens[first - 1].Text;
            var word = first > 1 ? tokens[first - 2].Text : "";
            verb = MatchWords.Contains(before) || before == "with" && word is "drew" or "draw" or "draws" or "drawn"
                || before == "to" && word is "lost" or "loses" or "losing";
        }
        return verb && ScoreNear(tokens, first, last);
    }

    // A score within a few words of the name ("def Ardmore 11.10 (76)", "Kilcoole beat Ardmore 24-17"), or a margin
    // ("by 14 points", "by three goals").
    private static bool ScoreNear(List<Token> tokens, int first, int last)
    {
        for (var k = Math.Max(0, first - 8); k < Math.Min(tokens.Count, last + 10); k++)
        {
            if (IsScore(tokens, k)) return true;
            if (tokens[k].Text == "by" && IsMarginAfter(tokens, k)) return true;
        }
        return false;
    }

    // A score: "1-18", "52-47", "0-9" (digits, a hyphen, digits), or an Australian football tally with its points after it
    // ("13.12 (90)"; "1.5" alone is a figure).
    private static bool IsScore(List<Token> tokens, int k)
    {
        var word = tokens[k].Text;
        var mark = word.IndexOfAny(['-', '.']);
        if (mark < 1 || mark > 3 || word.Length - mark - 1 is < 1 or > 3) return false;
        for (var c = 0; c < word.Length; c++)
            if (c != mark && !char.IsAsciiDigit(word[c])) return false;
        return word[mark] == '-' || word.Length - mark - 1 <= 2 && k + 1 < tokens.Count && tokens[k + 1].Text == "(";
    }

    private static bool IsCountryOrState(string name) =>
        Lexicon.Instance.Phrases.Lookup(name) is { } entry && entry.Is(GazetteerKind.Country | GazetteerKind.Region | GazetteerKind.WorldRegion);

    // "beat Seymour": a lone word the tagger took for a person is a team when the lists know it as a town and no one in the
    // text bears it as a surname.
    private static bool IsTownNotSurname(string name, List<EntitySpan> names)
    {
        if (Lexicon.Instance.Phrases.Lookup(name) is not { } entry || !entry.Is(GazetteerKind.City)) return false;
        foreach (var n in names)
            if (n.Type == EntityTypes.Person && n.Name.Length > name.Length && n.Name.EndsWith(name, StringComparison.Ordinal) && n.Name[^(name.Length + 1)] == ' ')
                return false;
        return true;
    }

    // "Goals: Ardmore: Okafor 3, ...": the line the word is on opens with a list label.
    private static bool InLabelLine(string text, List<Token> tokens, int i)
    {
        var k = i;
        while (k > 0 && k > i - 60 && !TokenSearch.LineBreakBefore(text, tokens, k)) k--;
        return k + 1 < i && ListLabels.Contains(tokens[k].Text) && tokens[k + 1].Text == ":";
    }

    // Words the lines of a results section use as teams: "Ardmore 1-16" (a word before a score), "Ardmore: Niall Kearns 1-4, ..."
    // (a word that opens a line of scorers), "Premier reserve: Kilcoole 31, Ardmore 17" (the two sides of a result line).
    private static HashSet<string> TeamWords(string text, List<Token> tokens)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var lineStart = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && TokenSearch.LineBreakBefore(text, tokens, i)) lineStart = i;
            var word = tokens[i].Text;
            if (word.Length < 3 || !char.IsUpper(word[0]) || i + 1 >= tokens.Count) continue;
            var next = tokens[i + 1].Text;
            if (IsScore(tokens, i + 1)) { if (!CharChecks.AllUpper(word) && char.IsLetter(word[^1])) words.Add(word); }
            else if (i == lineStart && next == ":" && !ListLabels.Contains(word) && ScoresOnLine(text, tokens, i + 2) >= 2) words.Add(word);
            else if (i > 1 && tokens[i - 1].Text == "over" && tokens[i - 2].Text is "win" or "victory" && ScoreNear(tokens, i, i)) words.Add(word);
            else if (i >= lineStart + 2 && tokens[i - 1].Text == ":" && IsTally(next) && i + 4 < tokens.Count && tokens[i + 2].Text == ","
                && char.IsUpper(tokens[i + 3].Text[0]) && IsTally(tokens[i + 4].Text) && (i + 5 == tokens.Count || TokenSearch.LineBreakBefore(text, tokens, i + 5)))
            {
                words.Add(word);
                words.Add(tokens[i + 3].Text);
            }
        }
        return words;
    }

    // "by 14 points", "by three wickets": a margin after "by" at k.
    private static bool IsMarginAfter(List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k + 2].Text is "points" or "goals" or "runs" or "wickets" or "tries" or "strokes" or "shots";

    // Whether the text holds what every team and list rule below needs: a score, a margin ("by 14 points"), a list label
    // before a colon, or two tallies after capitalised words ("Okafor 3, Voss 2").
    private static bool HasResults(List<Token> tokens)
    {
        var tallies = 0;
        for (var k = 1; k < tokens.Count; k++)
        {
            var word = tokens[k].Text;
            if (!char.IsAsciiDigit(word[0]))
            {
                if (word == ":" && ListLabels.Contains(tokens[k - 1].Text) || word == "by" && IsMarginAfter(tokens, k)) return true;
                continue;
            }
            if (IsScore(tokens, k)) return true;
            if (IsTally(word) && char.IsUpper(tokens[k - 1].Text[0]) && ++tallies >= 2) return true;
        }
        return false;
    }

    private static bool IsTally(string word) => word.Length <= 3 && word.All(char.IsAsciiDigit);

    private static int ScoresOnLine(string text, List<Token> tokens, int from)
    {
        var scores = 0;
        for (var k = from; k < tokens.Count && k < from + 80 && !TokenSearch.LineBreakBefore(text, tokens, k); k++)
            if (IsScore(tokens, k)) scores++;
        return scores;
    }

    // The lone capitalised items of scorer and lineup lists, by the index of the name that covers them (-1: none yet).
    private static List<(int Index, EntitySpan Person)> ListedPeople(string text, List<Token> tokens, List<EntitySpan> names, HashSet<int> covered,
        HashSet<string> teams)
    {
        var people = new List<(int, EntitySpan)>();
        var lineStart = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && !TokenSearch.LineBreakBefore(text, tokens, i)) continue;
            ListLine(text, tokens, names, covered, teams, lineStart, i, people);
            lineStart = i;
        }
        return people;
    }

    private static void ListLine(string text, List<Token> tokens, List<EntitySpan> names, HashSet<int> covered, HashSet<string> teams,
        int start, int end, List<(int, EntitySpan)> people)
    {
        // Items: a lone capitalised word between list marks, perhaps with a number after it ("Okafor 3,", "(Quill,", "Voss.").
        var items = new List<int>();
        var numbered = 0;
        var labelled = end - start > 2 && ListLabels.Contains(tokens[start].Text) && tokens[start + 1].Text == ":";
        for (var i = start + 1; i < end; i++)
        {
            var word = tokens[i].Text;
            if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLetter(word[^1]) || tokens[i - 1].Text is not ("," or "(" or ":" or ";")) continue;
            var next = i + 1 < end ? tokens[i + 1].Text : ".";
            var number = IsTally(next);
            var after = number ? (i + 2 < end ? tokens[i + 2].Text : ".") : next;
            if (after is not ("," or ")" or ";" or "." or "(")) continue;
            items.Add(i);
            // "Section 53, Allotment 12, Boroko": numbers after words of English are an address, not a tally.
            if (number && (!FeatureExtractor.IsKnownWord(word) || Lexicon.Instance.Phrases.Lookup(word) is { } surname && surname.Is(GazetteerKind.Surname))) numbered++;
        }
        if (items.Count < 2 || !(labelled || numbered >= 2 && items.Count >= 3)) return;
        foreach (var i in items)
        {
            var word = tokens[i].Text;
            if (teams.Contains(word) || IsCountryOrState(word)) continue;
            var index = -1;
            if (covered.Contains(i))
            {
                for (var n = 0; n < names.Count; n++)
                    if (names[n].Start == tokens[i].Start && names[n].End == tokens[i].End) { index = n; break; }
                // Only a lone word the tagger took for a place becomes a person; a longer name or a team stays as found.
                if (index < 0 || names[index].Type != EntityTypes.Location) continue;
                people.Add((index, names[index] with { Type = EntityTypes.Person, CountryCode = null, Canonical = null, Source = names[index].Source + Rule }));
            }
            else if (!FeatureExtractor.IsKnownWord(word) || Lexicon.Instance.Phrases.Lookup(word) is { } listed && listed.Is(GazetteerKind.Surname))
                people.Add((-1, new EntitySpan(tokens[i].Start, tokens[i].End, word, EntityTypes.Person, "rule:sports-list")));
        }
    }
}
