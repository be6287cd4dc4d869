namespace Pipeline.Cleaning;

/// <summary>
/// News agencies as they sign the stories and pictures they supply: "dpa", "sda", "Lusa", "AFP",
/// "Belga", "NTB". A line made of such a name and a desk's code ("RTC / Lusa", "sda/kell") or a
/// credit ending in one ("| Luís Forra - Lusa") is a sign-off or a credit, not a word of the story.
/// </summary>
internal static class WireAgencies
{
    /// <summary>
    /// The names as the agencies print them, as a regular-expression alternation to be matched with
    /// case (a sentence's "ap" or "tt" is no agency): "dpa", "Lusa", "Keystone-SDA", "Europa Press".
    /// </summary>
    public const string Names = @"(?-i:dpa|DPA|sda|SDA|Keystone-SDA|Keystone-ATS|ats|ATS|apa|APA|AFP|afp|AP|Reuters|REUTERS|Lusa|LUSA|EFE|Efe|ANSA|Belga|BELGA|ANP|NTB|TT|STT|FNB|KNA|kna|epd|KAP|kap|PAP|ČTK|TASR|MTI|HINA|STA|BTA|AAP|Ritzau|Europa\s+Press|Xinhua|Kyodo|Yonhap|Anadolu|Agerpres|Tanjug|PTI|IANS|awp|AWP|SID|sid|AGI|Adnkronos|LaPresse|CP)";
}
