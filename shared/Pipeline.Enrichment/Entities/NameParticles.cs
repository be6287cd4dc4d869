using System.Collections.Frozen;

namespace Pipeline.Enrichment;

/// <summary>
/// The small words inside people's names that are not names themselves: "van der" (Dirk van der
/// Hoeven), "de la" (Juan Pablo de la Torre), "bin" (Faisal bin Abdulrahman), "Abi" (Elias Abi
/// Nader), and the generational suffixes after them ("Jr.", "III").
/// </summary>
internal static class NameParticles
{
    /// <summary>"bin", "ibn", "bint": the word before a father's name in an Arabic name ("Hamad bin Salim").</summary>
    public static bool IsPatronymic(string word) => word is "bin" or "ibn" or "bint";

    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "van", "der", "den", "de", "del", "della", "la", "las", "los", "di", "da", "das", "do", "dos", "du", "von", "zu",
        "ter", "ten", "bin", "bint", "binti", "ibn", "ben", "dela", "delos", "y", "e", "Abu", "Abi", "Al", "El", "Bin", "Ibn", "Van", "De",
        // "Elnur Rasim oglu Mammadli", "Leyla Huseyn qizi Mammadova": "son of" and "daughter of" after the father's name in
        // Azerbaijani, Kyrgyz, Kazakh, Uzbek and Turkish names.
        "oglu", "ogly", "oğlu", "qizi", "kizi", "kızı", "kyzy", "uulu", "uly", "ugli", "o'g'li",
        // "Cathal Ó Súilleabháin", "Máire Ní Dhomhnaill", "Mòrag Nic a' Phearsain": the Irish and Scottish Gaelic "descendant of"
        // and "daughter of" before a surname ("Mac" is left out: it opens surnames written as one word, and "Big Mac").
        "Ó", "Ní", "Nic", "Ua", "Uí", "Mhic",
        // "Gwilym ap Rhys", "Dafydd ab Owain": the Welsh "son of"; "Samson Kiprotich arap Too": the Kalenjin "son of".
        "ap", "ab", "arap",
    ]);

    // "Nurlan Asanbekov uulu", "Aigerim Sadykova kyzy": a Kyrgyz or Kazakh patronymic's "son of" or "daughter of" may close the name.
    private static readonly FrozenSet<string> Suffixes = FrozenSet.Create(StringComparer.Ordinal, ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "uulu", "kyzy", "uly", "qizi", "oglu", "ogly"]);

    public static bool IsParticle(string word) => Particles.Contains(word);

    /// <summary>"Ó", "Ní", "Nic": an Irish or Scottish Gaelic particle, which only people's names hold.</summary>
    public static bool IsGaelic(string word) => word is "Ó" or "Ní" or "Nic" or "Ua" or "Uí" or "Mhic";

    public static bool IsSuffix(string word) => Suffixes.Contains(word);

    /// <summary>"El", "La", "Los", "Le", "Il": a Spanish, French or Italian article opening a name ("El Tiempo", "La Nación").</summary>
    public static bool IsRomanceArticle(string word) => word is "El" or "La" or "Las" or "Los" or "Le" or "Les" or "Il" or "Lo";

    /// <summary>"al-Qahtani", "Al-Khulaifi", "el-Sisi": the Arabic article joined to a name.</summary>
    public static bool IsArticleName(string word) =>
        word.Length > 3 && word[2] == '-' && word[0] is 'a' or 'A' or 'e' or 'E' && word[1] == 'l' && char.IsUpper(word[3]);
}
