using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Enrichment;

/// <summary>
/// MONEY, PERCENT and QUANTITY by pattern. Money is normalised to an amount and an ISO 4217 code:
/// "$10 billion" → 10000000000 USD, "5m euros" → 5000000 EUR.
/// </summary>
internal static partial class NumericRules
{
    public static IEnumerable<EntitySpan> Find(string text)
    {
        foreach (var m in MoneyMatches(text))
        {
            var currency = Currency(m);
            if (currency is null) continue;
            var amount = Amount(m.Groups["num"].Value, m.Groups["scale"].Value);
            yield return new EntitySpan(m.Index, m.Index + m.Length, m.Value, EntityTypes.Money, "rule:money")
            {
                Amount = amount,
                Currency = currency,
                Normalized = amount is null ? null : $"{Plain(amount.Value)} {currency}",
            };
        }
        foreach (Match m in PercentPattern().Matches(text))
            yield return new EntitySpan(m.Index, m.Index + m.Length, m.Value, EntityTypes.Percent, "rule:percent")
            {
                Normalized = Amount(m.Groups["num"].Value, string.Empty) is { } percent ? Plain(percent) + "%" : null,
            };
        foreach (Match m in QuantityPattern().Matches(text))
            yield return new EntitySpan(m.Index, m.Index + m.Length, m.Value, EntityTypes.Quantity, "rule:quantity");
    }

    /// <summary>
    /// The money pattern's matches, looked for only around figures: every amount holds one, and the pattern's currency codes
    /// would otherwise be tried at the start of every word. Each window runs from the word before a figure (a code or a
    /// symbol: "GHS 45", "US$5") to six words after the last figure near it ("800 million Central African CFA francs"), and
    /// starts and ends at white space, so the pattern's word boundaries fall as they do in the whole text.
    /// </summary>
    private static IEnumerable<Match> MoneyMatches(string text)
    {
        var regex = MoneyPattern();
        var at = 0;
        while (at < text.Length)
        {
            var digit = text.AsSpan(at).IndexOfAnyInRange('0', '9');
            if (digit < 0) yield break;
            digit += at;
            var from = digit;
            if (from > at && char.IsWhiteSpace(text[from - 1])) from--;
            while (from > at && !char.IsWhiteSpace(text[from - 1])) from--;
            var to = WordsAfter(text, digit, 6);
            // A figure among those words ("$1.2 billion and 800 million Ugandan shillings") carries the window six words past it.
            while (to < text.Length)
            {
                var last = text.AsSpan(digit, to - digit).LastIndexOfAnyInRange('0', '9') + digit;
                var further = WordsAfter(text, last, 6);
                if (further <= to) break;
                to = further;
            }
            for (var m = regex.Match(text, from, to - from); m.Success; m = m.NextMatch()) yield return m;
            at = to;
        }
    }

    // The index after the end of the word at i and of the n words after it (at white space, or the text's end).
    private static int WordsAfter(string text, int i, int n)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        for (var w = 0; w < n && i < text.Length; w++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        }
        return i;
    }

    private static string? Currency(Match m)
    {
        var symbol = m.Groups["sym"].Value;
        if (symbol.Length > 0) return CurrencyTable.Symbols.GetValueOrDefault(symbol) ?? (CurrencyTable.Codes.Contains(symbol) ? symbol : null);
        var name = m.Groups["name"].Value;
        return CurrencyTable.Names.GetValueOrDefault(name) ?? (CurrencyTable.Codes.Contains(name) ? name : null)
            // "Iraqi dollars": a nationality the table does not pair with the name gives the bare name's currency.
            ?? (name.LastIndexOf(' ') is > 0 and var space ? CurrencyTable.Names.GetValueOrDefault(name[(space + 1)..]) : null);
    }

    // The nationalities and names the pattern reads; a nationality whose name the table does not list with it gives the bare name's currency.
    private const string Nationalities = "Iraqi|Egyptian|Canadian|Australian|Swiss|Kenyan|Ugandan|Tanzanian|Somali|Zambian|Malawian|Moldovan|Romanian|Uzbek|Kyrgyz|"
        + "Azerbaijani|Turkmen|Sri Lankan|Pakistani|Nepalese|Indian|Mauritian|Philippine|Colombian|Argentine|Chilean|Mexican|Uruguayan|Dominican|Hong Kong|"
        + "Singapore|New Zealand|Taiwan|Fijian|Fiji|Namibian|Jamaican|Kuwaiti|Jordanian|Bahraini|Libyan|Algerian|Tunisian|Serbian|Moroccan|Emirati|"
        + "Qatari|Saudi|Omani|Yemeni|Iranian|Lebanese|Sudanese|Syrian|Rwandan|Congolese|Guinean|CFA|Swedish|Norwegian|Danish|Icelandic|Turkish|New|"
        + "Brazilian|South African|South Korean|Japanese|Chinese|Russian|Ukrainian|Thai";

    private const string CurrencyNames = "dollars?|euros?|pounds(?: sterling)?|yen|yuan|renminbi|rubles?|roubles?|rupees?|francs|riyals?|dirhams?|dinars|"
        + "rials?|liras?|lira|shekels?|won|reais|pesos?|rand|hryvnias?|bitcoin|baht|cedis?|naira|rupiah|ringgit|taka|dong|birr|leke?|denars|drams|lari|"
        + "somoni|tenge|tugriks|kyats?|riels|kip|afghanis|ouguiyas?|dalasis|leones|zlotys?|forints?|korunas?|lei|leva|soles|quetzales|bolivianos|"
        + "guaranies|colones|lempiras|kwanzas|meticais|pula|ariary|shillings|kwacha|sum|som|manat|kronor|kroner|kronur";

    private static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal? Amount(string number, string scale) =>
        decimal.TryParse(number.Replace(",", string.Empty), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            // 1.6 × 1,000,000,000 is 1600000000.0 as a decimal; dividing by 1.000… drops the zeros that say nothing.
            ? value * CurrencyTable.Scale(scale) / 1.000000000000000000000000000000000m
            : null;

    private const string Number = @"(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";
    private const string Scale = @"(?:\s?(?<scale>(?i:trillion|billion|million|thousand|bn|tn|mn|mln|m|b|k))\b)?";

    // Symbols and codes as written, a code glued to its figure too ("VND1.9 billion", "USD5m"): the lookups that give the
    // currency are case-sensitive, and an ignore-case pattern made the scan stop at every word that starts like a code ("Try", "us").
    // Scale words and currency names keep ignoring case.
    [GeneratedRegex(@"(?<sym>US\$|C\$|A\$|HK\$|R\$|[$€£¥₽₹₩₺₪]|\b(?:" + CurrencyTable.CodePattern + @")(?:\b|(?=\d))|\bDhs?(?=\s?\d))\s?" + Number + Scale
        + @"|\b" + Number + Scale + @"\s(?<name>(?i:(?:(?:" + Nationalities + @")\s)?(?:" + CurrencyNames + @"|USD|EUR|GBP|RUB|CNY|JPY))\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MoneyPattern();

    [GeneratedRegex(@"(?<![\w.])" + Number + @"\s?(?:%|percent\b|per cent\b|percentage points?\b)", RegexOptions.CultureInvariant)]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"(?<![\w.$€£])\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s(?:million|billion|thousand))?\s?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m2|sq\.? km|square (?:kilometres|kilometers|miles|metres|meters)|hectares?|acres?|tonnes?|tons?|kg|kilograms?|grams?|pounds? of|barrels?(?: per day| a day)?|bpd|cubic (?:metres|meters|feet)|bcm|litres?|liters?|gallons?|megawatts?|gigawatts?|MW|GW|kWh|MWh|TWh|degrees(?: Celsius| Fahrenheit)?|°C|°F)(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityPattern();
}
