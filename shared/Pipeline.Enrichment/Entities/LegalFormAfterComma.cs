using System.Text.RegularExpressions;

namespace Pipeline.Enrichment;

/// <summary>
/// "MUFG Bank, Ltd.", "Preferred Networks, Inc.", "Cemex, S.A.B. de C.V.", "Grupo Ibérico Renovables, S.L.": a company's
/// legal form written after a comma is part of its registered name, as filings, press releases and business stories write
/// it. The name before the comma, whatever rule or the tagger made of it (a place, a person or nothing at all), is the
/// company's, and the legal form is no name of its own. So is a British company's region or island in brackets before its legal
/// form ("Hallett Homes (South West) Ltd"). Runs on the whole text's names, after the sentence rules.
/// </summary>
internal static partial class LegalFormAfterComma
{
    // Longest forms first. Each ends at a word's end: "Inc" is no prefix of "Incorporated".
    // A form written with dots keeps its last one; "Inc" and "Ltd" take theirs when it is there; "LLC" or "GmbH" have none, so a dot
    // after them ends the sentence ("Al-Monitor, LLC. All rights reserved").
    // "Halvorsen Brandt Architecture, PLLC", "Littler Mendelson, P.C.": American professional firms write theirs so too.
    // "Citibank, N.A.", "Wells Fargo Bank, N.A.": an American national bank writes "National Association" so.
    // Central and Eastern European forms follow: "Tatra banka, a.s.", "Orlen Upstream sp. z o.o.", "MOL Nyrt.", "Bulgargaz EAD".
    private const string Forms = @"(?:spol\. s r\.o\.|sp\. z o\.o\.|a\.s\.|s\.r\.o\.|d\.o\.o\.|d\.d\.|Zrt\.|Nyrt\.|Kft\.|A\.Ş\.|S\.R\.L\.|SRL|EAD|PJSC|JSC|S\.A\.(?:B\.)? de C\.V\.|S\.A\.B\.|S\.A\.S\.|S\.p\.A\.|S\.A\.|S\.L\.|P\.L\.L\.C\.|L\.L\.C\.|L\.P\.|P\.C\.|N\.A\.|N\.V\.|B\.V\.|Inc\.?|Ltd\.?|Pty Ltd\.?|Pvt Ltd\.?|PLLC|LLC|LLP|Limited|plc|PLC|GmbH|Tbk|Bhd)(?!\w)";

    [GeneratedRegex(", " + Forms)]
    private static partial Regex LegalForm();

    [GeneratedRegex("^" + Forms + "$")]
    private static partial Regex WholeForm();

    /// <summary>"Ltd.", "S.A.B. de C.V.": the words are one of the legal forms this rule takes after a comma.</summary>
    public static bool IsForm(ReadOnlySpan<char> words) => WholeForm().IsMatch(words);

    private const int MaxNameWords = 6;

    // "Hallett Homes (South West) Ltd", "Le Breton & Vibert (Jersey) Ltd": a British company's registered name holds a region or
    // an island in brackets before the legal form.
    [GeneratedRegex(@" \((?:\p{Lu}[\p{L}'’.&-]*)(?: \p{Lu}[\p{L}'’.&-]*){0,2}\) (?:Ltd\.?|Limited|LLP|PLC|plc|Inc\.?|LLC)(?!\w)")]
    private static partial Regex BracketedForm();

    public static List<EntitySpan> Apply(string text, List<Token> tokens, List<EntitySpan> names)
    {
        List<EntitySpan>? result = null;
        if (text.Contains(", ", StringComparison.Ordinal))
            foreach (Match form in LegalForm().Matches(text)) result = Join(text, tokens, names, result, form.Index, form.Index + form.Length);
        if (text.Contains(") ", StringComparison.Ordinal))
            foreach (Match form in BracketedForm().Matches(text)) result = Join(text, tokens, names, result, form.Index, form.Index + form.Length);
        if (result is null) return names;
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return result;
    }

    // The name that ends at nameEnd, a found one or the capitalised words there, and the form up to formEnd are one company.
    private static List<EntitySpan>? Join(string text, List<Token> tokens, List<EntitySpan> names, List<EntitySpan>? result, int nameEnd, int formEnd)
    {
        var list = result ?? names;
        var before = list.FindIndex(n => n.End == nameEnd);
        int start;
        string source;
        if (before >= 0)
        {
            start = list[before].Start;
            source = list[before].Source + "+rule:legal-form";
        }
        else if (NameBefore(tokens, nameEnd, char.IsLower(text[nameEnd + 2])) is { } first)
        {
            start = first;
            source = "rule:legal-form";
        }
        else return result;
        // "EDP – Energias de Portugal, S.A.": a short brand joined by a dash to the registered name is part of it.
        if (start >= 3 && text[start - 1] == ' ' && text[start - 2] is '–' or '—' && text[start - 3] == ' ' && WordBefore(tokens, start - 3) is { } brand)
            start = brand;
        result ??= [.. names];
        // The name's own words, a place or a person the rules found inside it, and the legal form taken for a name go.
        result.RemoveAll(n => (n.Start >= start && n.End <= formEnd) || (n.Start > nameEnd && n.Start < formEnd));
        result.Add(new EntitySpan(start, formEnd, text[start..formEnd], EntityTypes.Organization, source));
        return result;
    }

    // "Rapidus has named Preferred Networks, Inc.": no rule found the name, so the capitalised words before the comma are it,
    // joined by the small words of names ("Banco de Crédito e Inversiones, S.A."), up to the sentence's opening word. Before a
    // form in small letters ("a.s.", "s.r.o.") the name is written as a sentence is: "Slovenská sporiteľňa, a.s.", "Tatra banka,
    // a.s."; the words in small letters before the comma are its own, after a capitalised one.
    private static int? NameBefore(List<Token> tokens, int comma, bool sentenceCase)
    {
        var last = TokenSearch.IndexEndingAt(tokens, comma);
        if (last < 0) return null;
        var first = -1;
        for (int k = last, words = 0; k >= 0 && words < MaxNameWords; k--, words++)
        {
            var word = tokens[k].Text;
            if (OrganizationNameRule.IsNameWord(word) && CharChecks.AnyLetter(word)) first = k;
            else if (sentenceCase && first < 0 && words < 3 && word.All(char.IsLower)) continue;
            else if (!(OrganizationNameRule.Connectors.Contains(word) && word != "the")) break;
        }
        if (first < 0) return null;
        // An opening word a sentence starts with is no part of the name when it is an ordinary English word ("Yesterday Acme, Inc.").
        var opening = first == 0 || tokens[first - 1].Text is "." or "!" or "?" or ":" or "\"" or "“";
        if (opening && (tokens[first].Text == "The" || (FeatureExtractor.IsEnglishWord(tokens[first].Text) && last > first))) first++;
        while (first < tokens.Count && OrganizationNameRule.Connectors.Contains(tokens[first].Text)) first++;
        return first < tokens.Count && tokens[first].Start < comma && OrganizationNameRule.IsNameWord(tokens[first].Text) ? tokens[first].Start : null;
    }

    private static int? WordBefore(List<Token> tokens, int end)
    {
        var k = TokenSearch.IndexEndingAt(tokens, end);
        return k >= 0 && OrganizationNameRule.IsNameWord(tokens[k].Text) && (k == 0 || !OrganizationNameRule.IsNameWord(tokens[k - 1].Text)) ? tokens[k].Start : null;
    }
}
