using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// The street of a postal address, as an imprint or a contact block gives it: "Friedrichstraße 68, 10117 Berlin",
/// "Kungsgatan 32, 111 35 Stockholm", "Paseo de la Reforma 250, Cuauhtémoc", "777 United Nations Plaza, New York 10017",
/// "Rue Carnot, Dakar". The words before or after the house number, between commas, before a postcode or a listed place,
/// are a street (a place), whatever the tagger or the lists took them for ("United Nations Plaza" is no body).
/// </summary>
internal static class PostalAddresses
{
    // Words that open a unit of a building or a part of an address other than the street: "Suite 400, Washington", "Level 12,
    // Sydney", "Postal Code 100, Muscat", "Section 1, Keelung Road", "Ward 6, Hanoi".
    private static readonly FrozenSet<string> UnitWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Suite", "Floor", "Level", "Unit", "Box", "Room", "Building", "Block", "Bloco", "Tower", "Gate", "Apt", "Apt.", "Lt.", "No.", "PO", "P.O.",
        "Postal", "Postcode", "Zip", "Section", "Sec.", "Lane", "Alley", "Km", "Phase", "Sector", "Plot", "Zone", "Ward", "District", "Region",
        // "Piso 9", "Oficina 302", "Kat 4": a floor or an office in Spanish, Portuguese and Turkish addresses.
        "Piso", "Oficina", "Sala", "Andar", "Kat",
    ]);

    /// <summary>
    /// Whether the capitalised words [first, last), right before a number, label that number rather than name anything: a unit of
    /// an address ("Building 7", "P.O. Box 48211", "Plot 1421", "No. 8") or a company register's code ("HRB 214477", "RC 1048823").
    /// </summary>
    internal static bool IsNumberLabel(List<Token> tokens, int first, int last)
    {
        if (last >= tokens.Count || !char.IsAsciiDigit(tokens[last].Text[0])) return false;
        if (UnitWords.Contains(tokens[first].Text)) return true;
        // A register's code: one short word in capitals before a number of five digits or more.
        if (last - first != 1 || tokens[first].Text.Length > 4 || !CharChecks.AllUpper(tokens[first].Text)) return false;
        var digits = 0;
        foreach (var c in tokens[last].Text)
            if (char.IsAsciiDigit(c)) digits++;
            else if (c is not ('-' or '/' or '.')) return false;
        return digits >= 5;
    }

    // "Rue Carnot", "Calle Mayor", "Jalan Sudirman": words that open a street's name and never a person's.
    private static readonly FrozenSet<string> StreetOpeners = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Rue", "Avenue", "Avenida", "Av.", "Avda.", "Calle", "Carrer", "Rua", "Paseo", "Jalan", "Jl.", "Ulica", "Ulitsa", "Boulevard", "Bulevar",
        "Praça", "Piazza", "Viale", "Corniche", "Esplanada", "Palácio", "Palacio", "Palazzo", "Palais",
    ]);

    internal static void Apply(string text, List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        AddressLines(text, tokens, start, end, spans, matches);
        for (var i = start; i < end; i++)
        {
            if (!IsHouseNumber(tokens[i].Text)) continue;
            // "Friedrichstraße 68, 10117 Berlin": the street, then its number, then the postcode or the town.
            if (i + 2 < end && tokens[i + 1].Text == "," && IsPostcodeOrPlace(tokens, matches, i + 2)
                && StreetBefore(tokens, start, i) is var first and >= 0)
                SetStreet(spans, first, i, matches);
            // "777 United Nations Plaza, New York 10017": the number, then the street, then the town.
            else if ((i == start || tokens[i - 1].Text == ",") && StreetAfter(tokens, i + 1, end) is var last and > 0
                && last + 1 < end && tokens[last].Text == "," && IsPostcodeOrPlace(tokens, matches, last + 1))
                SetStreet(spans, i + 1, last, matches);
        }
        // "Nova Scotia B1A 4W5", "Enniscorthy Y21 K2F7", "Exeter, EX2 7HQ": a postcode is no part of the place before it, nor a name.
        for (var i = start; i + 1 < end; i++)
            if (IsPostcode(tokens[i].Text, tokens[i + 1].Text)) DropPostcode(spans, i, i + 2, matches);
        // "Rue Carnot, Dakar, Senegal": a person's name does not open with a street's word.
        for (var s = 0; s < spans.Count; s++)
            if (spans[s] is { Type: "PER" } person && person.Last - person.First >= 2 && StreetOpeners.Contains(tokens[person.First].Text))
                spans[s] = (person.First, person.Last, "LOC", person.Source + "+rule:street", null);
        // "Jalan Merdeka Barat No. 12, Jakarta": the "No." of the house number is no part of the street before it.
        for (var s = 0; s < spans.Count; s++)
            if (spans[s] is { Type: "LOC" } street && street.Last - street.First >= 3 && street.Last < end && tokens[street.Last - 1].Text == "No."
                && char.IsAsciiDigit(tokens[street.Last].Text[0]))
                spans[s] = (street.First, street.Last - 1, "LOC", street.Source + "+rule:address", street.Entry);
    }

    // "No. 2, Chaoyangmen Nandajie, Chaoyang District, Beijing, 100701", "Ministry of External Affairs, Jawaharlal Nehru Bhawan,
    // 23-D Janpath, New Delhi - 110011", "No. 64, Street 214, Daun Penh, Phnom Penh": a line of three or more parts between commas
    // that ends in a listed town (maybe with its postcode) and holds a number is a postal address. After its first part (which
    // may name the body or the person at that address), a part the tagger took for a person is a street, a building or a quarter;
    // a house number before it ("23-D Janpath") and a postcode before the town ("70170-900 Brasília") are no part of the place.
    private static void AddressLines(string text, List<Token> tokens, int start, int end, List<NameSpan> spans, GazetteerMatches matches)
    {
        var from = start;
        for (var k = start; k <= end; k++)
        {
            var lineEnd = k == end || (k > from && TokenSearch.LineBreakBefore(text, tokens, k)) || tokens[k].Text == "|";
            if (!lineEnd) continue;
            AddressLine(tokens, from, k, spans, matches);
            from = k < end && tokens[k].Text == "|" ? k + 1 : k;
        }
    }

    private static void AddressLine(List<Token> tokens, int from, int to, List<NameSpan> spans, GazetteerMatches matches)
    {
        var (commas, number) = (0, false);
        for (var k = from; k < to; k++)
            if (tokens[k].Text == ",") commas++;
            else number |= char.IsAsciiDigit(tokens[k].Text[0]);
        if (commas < 2 || !number) return;
        var parts = new List<(int First, int Last)>();
        var partStart = from;
        for (var k = from; k <= to; k++)
            if (k == to || tokens[k].Text == ",")
            {
                if (k > partStart) parts.Add((partStart, k));
                partStart = k + 1;
            }
        // "…, Beijing, 100701": a postcode of its own after the town.
        var town = parts.Count - 1;
        while (town > 0 && IsNumberPart(tokens, parts[town])) town--;
        if (town < 2) return;
        var (townFirst, townLast) = parts[town];
        while (townFirst < townLast && !char.IsLetter(tokens[townFirst].Text[0])) townFirst++;
        if (townFirst >= townLast || matches.Longest(townFirst) is not { Entry: { } listedTown, Length: var townLength }
            || !listedTown.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region)) return;
        // "New Delhi - 110011": the town, maybe with its postcode, and nothing else.
        for (var k = townFirst + townLength; k < townLast; k++)
            if (char.IsLetter(tokens[k].Text[0])) return;
        // An address's parts are short; a sentence's clauses between commas are not. The first part may be a publisher's line
        // that ends in the company ("Mwangaza News is published by Mwangaza Media Group Ltd, Mwangaza House, ...").
        for (var p = 0; p < parts.Count; p++)
            if (parts[p].Last - parts[p].First > 6 && !(p == 0 && EndsInOrganization(tokens, parts[0], spans))) return;
        for (var p = 1; p <= town; p++)
        {
            var (first, last) = parts[p];
            // "Block H", "Floor 3", "5th Floor", "PO Box 502211", "Plot 1421 Ahmadu Bello Way": a unit of the building, and its number,
            // is no name; a street after it is left to the rest.
            if (UnitPrefix(tokens, first, last) is var unitEnd and > 0)
            {
                spans.RemoveAll(span => span.First >= first && span.Last <= unitEnd);
                if (unitEnd >= last || !(tokens[unitEnd - 1].Text.Length > 0 && char.IsAsciiDigit(tokens[unitEnd - 1].Text[0])))
                {
                    spans.RemoveAll(span => span.Type == "PER" && span.First >= first && span.Last <= last);
                    continue;
                }
                first = unitEnd;
            }
            // "Street 214", "Road 7": a numbered street.
            if (last - first == 2 && tokens[first].Text is "Street" or "Road" or "Avenue" && IsHouseNumber(tokens[first + 1].Text))
            {
                NameFinder.SetPlace(spans, first, last, "rule:address-line");
                continue;
            }
            // "Büyükdere Caddesi No. 185": the house number after the street is no part of its name.
            var nameEnd = last;
            if (nameEnd - first >= 3 && IsHouseNumber(tokens[nameEnd - 1].Text) && tokens[nameEnd - 2].Text is "No." or "No") nameEnd -= 2;
            // "Jalan/PER" + "Tun" + "Razak/PER": a part that opens with a street's word, all of it capitalised, is the street,
            // whatever the tagger made of its words.
            if (last - first >= 2 && StreetOpeners.Contains(tokens[first].Text) && PlaceNameRule.AllCapitalised(tokens, first, last)
                && spans.Exists(span => span.Type == "PER" && span.First >= first && span.Last <= last))
            {
                spans.RemoveAll(span => span.First >= first && span.Last <= last);
                NameFinder.SetPlace(spans, first, last, "rule:address-line");
                continue;
            }
            for (var s = 0; s < spans.Count; s++)
            {
                // A person, or a body that is no company ("Dubai Media City", "Blue Area"), where a street, a building or a quarter goes.
                if (spans[s] is not { Type: "PER" or "ORG" } name || name.First < first || name.Last > last) continue;
                if (name.Type == "ORG" && (p == town || IsCompanyOrOffice(tokens, name.First, name.Last, matches))) continue;
                // The name fills the part, but for a house number or a postcode before it.
                var place = first;
                while (place < nameEnd && !char.IsLetter(tokens[place].Text[0])) place++;
                if (name.First > place || (name.Last != last && name.Last != nameEnd && name.Last != nameEnd + 1)) continue;
                if (place >= nameEnd || !char.IsUpper(tokens[place].Text[0])) continue;
                spans.RemoveAt(s);
                NameFinder.SetPlace(spans, place, nameEnd, "rule:address-line");
                s = -1;
            }
        }
    }

    // The first part of an address line ends in a body's name, maybe with its register number in brackets after it
    // ("Chronicle Media Holdings Sdn Bhd (199501023456)").
    private static bool EndsInOrganization(List<Token> tokens, (int First, int Last) part, List<NameSpan> spans)
    {
        var end = part.Last;
        while (end > part.First && (tokens[end - 1].Text is "(" or ")" or "." || char.IsAsciiDigit(tokens[end - 1].Text[0]))) end--;
        foreach (var span in spans)
            if (span.Type == "ORG" && span.Last == end && span.First >= part.First) return true;
        return false;
    }

    // The end of a unit of a building and its number that open an address's part ("PO Box 502211", "Building 7", "5th Floor",
    // "No. 8"), or 0.
    private static int UnitPrefix(List<Token> tokens, int first, int last)
    {
        var k = first;
        // "5th Floor", "2nd Level".
        if (k + 1 < last && tokens[k].Text.Length <= 4 && MilitaryUnits.IsOrdinal(tokens[k].Text) && UnitWords.Contains(tokens[k + 1].Text)) return k + 2;
        if (!UnitWords.Contains(tokens[k].Text)) return 0;
        while (k < last && UnitWords.Contains(tokens[k].Text)) k++;
        // "Block H", "Floor 3", "Box 48211-00100".
        return k < last && (char.IsAsciiDigit(tokens[k].Text[0]) || tokens[k].Text.Length == 1) ? k + 1 : last;
    }

    // A company (a legal form, a listed body) or an office that ends in its head word ("Consular Department"): a body, even in an address.
    private static bool IsCompanyOrOffice(List<Token> tokens, int first, int last, GazetteerMatches matches)
    {
        for (var k = first; k < last; k++)
            if (OrganizationNameRule.IsLegalFormAt(matches, k) || (matches.Single(k) is { } e && e.Is(GazetteerKind.KnownOrganization))) return true;
        return OrganizationNameRule.IsStrongHead(tokens[last - 1].Text, matches.Single(last - 1));
    }

    // "100701", "70170-900": a part that is only a postcode.
    private static bool IsNumberPart(List<Token> tokens, (int First, int Last) part)
    {
        for (var k = part.First; k < part.Last; k++)
            if (!tokens[k].Text.All(c => char.IsAsciiDigit(c) || c == '-')) return false;
        return true;
    }

    private static void SetStreet(List<NameSpan> spans, int first, int last, GazetteerMatches matches)
    {
        // "10117 Berlin, Germany", "06600 Mexico City, Mexico": a postcode before a listed town is no house number before a street.
        if (IsListedPlaceAt(matches, first)) return;
        if (PlaceNameRule.AnyOutside(PlaceNameRule.Overlapping(spans, first, last), first, last)) return;
        NameFinder.SetPlace(spans, first, last, "rule:address");
    }

    // The capitalised words (and the particles between them) that end before the number and start the address's part.
    private static int StreetBefore(List<Token> tokens, int start, int number)
    {
        var first = number;
        while (first - 1 >= start && number - (first - 1) <= 5 && IsStreetNameWord(tokens[first - 1].Text)) first--;
        if (first == number || !char.IsUpper(tokens[first].Text[0]) || UnitWords.Contains(tokens[first].Text)) return -1;
        // "Published Nov. 24, 2026": a month and a day before a year are a date, not a street, its number and a postcode.
        if (IsMonth(tokens[number - 1].Text)) return -1;
        return first == start || tokens[first - 1].Text == "," ? first : -1;
    }

    private static int StreetAfter(List<Token> tokens, int first, int end)
    {
        if (first >= end || !char.IsUpper(tokens[first].Text[0]) || UnitWords.Contains(tokens[first].Text)) return -1;
        var last = first;
        while (last < end && last - first < 5 && IsStreetNameWord(tokens[last].Text)) last++;
        return char.IsUpper(tokens[last - 1].Text[0]) ? last : -1;
    }

    /// <summary>Whether token k is either half of a postcode ("EX2 7HQ", "B1A 4W5", "Y21 K2F7").</summary>
    internal static bool IsPostcodeAt(List<Token> tokens, int k) =>
        (k + 1 < tokens.Count && IsPostcode(tokens[k].Text, tokens[k + 1].Text)) || (k > 0 && IsPostcode(tokens[k - 1].Text, tokens[k].Text));

    // "EX2 7HQ" (British), "B1A 4W5" (Canadian), "Y21 K2F7" (Irish): an outward code of capitals and digits, then the inward one.
    private static bool IsPostcode(string outward, string inward)
    {
        if (outward.Length is < 2 or > 4 || !IsCapitalsAndDigits(outward) || !char.IsAsciiLetterUpper(outward[0]) || !outward.Any(char.IsAsciiDigit)) return false;
        return inward.Length switch
        {
            3 => char.IsAsciiDigit(inward[0]) && char.IsAsciiLetterUpper(inward[1]) && (char.IsAsciiLetterUpper(inward[2]) || char.IsAsciiDigit(inward[2])),
            4 => IsCapitalsAndDigits(inward) && inward.Any(char.IsAsciiDigit) && inward.Any(char.IsAsciiLetterUpper),
            _ => false,
        };
    }

    private static bool IsCapitalsAndDigits(string word)
    {
        foreach (var c in word)
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))) return false;
        return true;
    }

    // Takes the postcode [first, last) out of every span that holds it; a place cut in two by it ("Nova" + "Scotia B1A") is joined again.
    private static void DropPostcode(List<NameSpan> spans, int first, int last, GazetteerMatches matches)
    {
        for (var s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.Last <= first || span.First >= last) continue;
            if (span.First >= first) { spans.RemoveAt(s--); continue; }
            var end = Math.Min(span.Last, first);
            var (from, entry) = (span.First, span.Entry);
            for (var b = 0; b < spans.Count; b++)
                if (b != s && spans[b].Last == from && spans[b].Type == "LOC" && matches.ExactlyPlace(spans[b].First, end) is { } place)
                {
                    (from, entry) = (spans[b].First, place);
                    spans.RemoveAt(b);
                    if (b < s) s--;
                    break;
                }
            spans[s] = (from, end, span.Type, span.Source + "+rule:postcode", entry);
        }
    }

    // "Nov.", "Nov", "November", "Monday".
    private static bool IsMonth(string word) => OrganizationNameRule.DayOrMonth.Contains(word) || NameFinder.MonthWords.Contains(word.TrimEnd('.'));

    // A word of a street's name: a capitalised word (not an acronym) or a Romance or Germanic particle ("Paseo de la Reforma").
    private static bool IsStreetNameWord(string word) =>
        (char.IsUpper(word[0]) && word.Length > 1 && !CharChecks.AllUpper(word)) || word is "de" or "la" or "del" or "do" or "da" or "dos" or "das" or "di" or "der" or "du" or "des";

    // "68", "12a", "250": a house number; never a year ("Vision 2030, Riyadh").
    private static bool IsHouseNumber(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
        if (digits is 0 or > 5 || word.Length - digits > 1 || (digits < word.Length && !char.IsAsciiLetterLower(word[^1]))) return false;
        return !(digits == 4 && word.Length == 4 && word[0] is '1' or '2' && word[1] is '9' or '0');
    }

    // "10117", "111 35", "06600", or a listed town, region or country.
    private static bool IsPostcodeOrPlace(List<Token> tokens, GazetteerMatches matches, int i) =>
        tokens[i].Text is { Length: >= 3 and <= 6 } code && code.All(char.IsAsciiDigit)
        || IsListedPlaceAt(matches, i);

    // A listed town, region or country starts at token i.
    private static bool IsListedPlaceAt(GazetteerMatches matches, int i) =>
        matches.Longest(i) is { Entry: { } entry } && entry.Is(GazetteerKind.Country | GazetteerKind.City | GazetteerKind.Region);
}
