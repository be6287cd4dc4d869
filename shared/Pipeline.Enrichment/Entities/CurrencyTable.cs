namespace Pipeline.Enrichment;

/// <summary>ISO 4217 codes for the currency symbols, codes and names news writes. Written by the Pipeline team.</summary>
internal static class CurrencyTable
{
    public static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["US$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₽"] = "RUB", ["₹"] = "INR",
        ["₩"] = "KRW", ["₺"] = "TRY", ["₪"] = "ILS", ["C$"] = "CAD", ["A$"] = "AUD", ["HK$"] = "HKD", ["R$"] = "BRL",
        ["Dh"] = "AED", ["Dhs"] = "AED",
    };

    public static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "CHF", "CAD", "AUD", "SAR", "AED", "IQD", "IRR", "TRY", "EGP",
        "ILS", "KRW", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "UAH", "QAR", "KWD", "HKD", "SGD", "NZD", "HUF", "CZK",
    };

    /// <summary>Currency names, singular and plural, lower case.</summary>
    public static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["pound"] = "GBP", ["pounds"] = "GBP",
        ["pounds sterling"] = "GBP", ["yen"] = "JPY", ["yuan"] = "CNY", ["renminbi"] = "CNY", ["ruble"] = "RUB",
        ["rubles"] = "RUB", ["rouble"] = "RUB", ["roubles"] = "RUB", ["rupee"] = "INR", ["rupees"] = "INR",
        ["swiss francs"] = "CHF", ["riyal"] = "SAR", ["riyals"] = "SAR", ["dirham"] = "AED", ["dirhams"] = "AED",
        ["iraqi dinars"] = "IQD", ["dinars"] = "IQD", ["rial"] = "IRR", ["rials"] = "IRR", ["lira"] = "TRY",
        ["liras"] = "TRY", ["shekel"] = "ILS", ["shekels"] = "ILS", ["won"] = "KRW", ["real"] = "BRL", ["reais"] = "BRL",
        ["peso"] = "MXN", ["pesos"] = "MXN", ["rand"] = "ZAR", ["hryvnia"] = "UAH", ["hryvnias"] = "UAH",
        ["egyptian pounds"] = "EGP", ["canadian dollars"] = "CAD", ["australian dollars"] = "AUD", ["bitcoin"] = "XBT",
    };

    public static decimal Scale(string word) => word.ToLowerInvariant() switch
    {
        "trillion" or "tn" => 1_000_000_000_000m,
        "billion" or "bn" or "b" => 1_000_000_000m,
        "million" or "mn" or "m" or "mln" => 1_000_000m,
        "thousand" or "k" => 1_000m,
        _ => 1m,
    };
}
