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

    /// <summary>
    /// The ISO 4217 codes written before an amount ("GHS 60", "KES 2.4 billion"), as one alternation for the money pattern.
    /// Codes that are also words or well-known abbreviations in capitals are left out of it: ALL (Albanian lek), CUP (Cuban
    /// peso), TOP (Tongan pa'anga), BOB (boliviano), SOS (Somali shilling), AMD (Armenian dram), COP (Colombian peso, and the
    /// climate conference "COP 28"), MOP (pataca).
    /// </summary>
    public const string CodePattern = "AED|AFN|ANG|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BGN|BHD|BIF|BMD|BND|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHF|CLP|CNY|CRC|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|GBP|GEL|GHS|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MRU|MUR|MVR|MWK|MXN|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SLE|SRD|SSP|SYP|SZL|THB|TJS|TMT|TND|TRY|TTD|TWD|TZS|UAH|UGX|USD|UYU|UZS|VES|VND|VUV|WST|XAF|XCD|XOF|XPF|YER|ZAR|ZMW|ZWL";

    public static readonly HashSet<string> Codes = new(CodePattern.Split('|'), StringComparer.Ordinal);

    /// <summary>
    /// Currency names, singular and plural, lower case, alone or after the nationality that tells them apart ("Kenyan
    /// shillings"); a name that several currencies share is listed only with its nationality ("kwacha", "shillings").
    /// </summary>
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
        ["baht"] = "THB", ["cedi"] = "GHS", ["cedis"] = "GHS", ["naira"] = "NGN", ["rupiah"] = "IDR", ["ringgit"] = "MYR",
        ["taka"] = "BDT", ["dong"] = "VND", ["birr"] = "ETB", ["lek"] = "ALL", ["leke"] = "ALL", ["denars"] = "MKD",
        ["drams"] = "AMD", ["lari"] = "GEL", ["somoni"] = "TJS", ["tenge"] = "KZT", ["tugriks"] = "MNT", ["kyats"] = "MMK",
        ["kyat"] = "MMK", ["riels"] = "KHR", ["kip"] = "LAK", ["afghanis"] = "AFN", ["ouguiyas"] = "MRU", ["ouguiya"] = "MRU",
        ["dalasis"] = "GMD", ["leones"] = "SLE", ["zloty"] = "PLN", ["zlotys"] = "PLN", ["forint"] = "HUF", ["forints"] = "HUF",
        ["koruna"] = "CZK", ["korunas"] = "CZK", ["lei"] = "RON", ["leva"] = "BGN", ["soles"] = "PEN", ["quetzales"] = "GTQ",
        ["bolivianos"] = "BOB", ["guaranies"] = "PYG", ["colones"] = "CRC", ["lempiras"] = "HNL", ["kwanzas"] = "AOA",
        ["meticais"] = "MZN", ["pula"] = "BWP", ["ariary"] = "MGA",
        ["kenyan shillings"] = "KES", ["ugandan shillings"] = "UGX", ["tanzanian shillings"] = "TZS", ["somali shillings"] = "SOS",
        ["zambian kwacha"] = "ZMW", ["malawian kwacha"] = "MWK", ["moldovan lei"] = "MDL", ["romanian lei"] = "RON",
        ["uzbek sum"] = "UZS", ["kyrgyz som"] = "KGS", ["azerbaijani manat"] = "AZN", ["turkmen manat"] = "TMT",
        ["sri lankan rupees"] = "LKR", ["pakistani rupees"] = "PKR", ["nepalese rupees"] = "NPR", ["indian rupees"] = "INR",
        ["mauritian rupees"] = "MUR", ["philippine pesos"] = "PHP", ["colombian pesos"] = "COP", ["argentine pesos"] = "ARS",
        ["chilean pesos"] = "CLP", ["mexican pesos"] = "MXN", ["uruguayan pesos"] = "UYU", ["dominican pesos"] = "DOP",
        ["hong kong dollars"] = "HKD", ["singapore dollars"] = "SGD", ["new zealand dollars"] = "NZD", ["taiwan dollars"] = "TWD",
        ["fijian dollars"] = "FJD", ["fiji dollars"] = "FJD", ["namibian dollars"] = "NAD", ["jamaican dollars"] = "JMD",
        ["kuwaiti dinars"] = "KWD", ["jordanian dinars"] = "JOD", ["bahraini dinars"] = "BHD", ["libyan dinars"] = "LYD",
        ["algerian dinars"] = "DZD", ["tunisian dinars"] = "TND", ["serbian dinars"] = "RSD", ["moroccan dirhams"] = "MAD",
        ["emirati dirhams"] = "AED", ["qatari riyals"] = "QAR", ["saudi riyals"] = "SAR", ["omani rials"] = "OMR",
        ["yemeni rials"] = "YER", ["iranian rials"] = "IRR", ["lebanese pounds"] = "LBP", ["sudanese pounds"] = "SDG",
        ["syrian pounds"] = "SYP", ["rwandan francs"] = "RWF", ["congolese francs"] = "CDF", ["guinean francs"] = "GNF",
        ["cfa francs"] = "XOF", ["swedish kronor"] = "SEK", ["norwegian kroner"] = "NOK", ["danish kroner"] = "DKK",
        ["icelandic kronur"] = "ISK", ["turkish lira"] = "TRY", ["new shekels"] = "ILS", ["brazilian reais"] = "BRL",
        ["south african rand"] = "ZAR", ["south korean won"] = "KRW", ["japanese yen"] = "JPY", ["chinese yuan"] = "CNY",
        ["russian roubles"] = "RUB", ["russian rubles"] = "RUB", ["ukrainian hryvnias"] = "UAH", ["thai baht"] = "THB",
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
