using System.Collections.Frozen;
using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "the 152nd Combat Sustainment Support Battalion", "the 114th Fighter Wing", "the 82nd Airborne Division": a military unit is
/// named by its ordinal number and the capitalised words up to its kind of unit, an organisation, though the tagger reads only
/// some of its words or none.
/// </summary>
internal static class MilitaryUnits
{
    private static readonly FrozenSet<string> UnitWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Battalion", "Brigade", "Regiment", "Division", "Wing", "Squadron", "Infantry", "Cavalry", "Fleet", "Corps", "Battery",
        "Airlift", "Artillery", "Commando",
    ]);

    public static void Apply(List<Token> tokens, int start, int end, List<NameSpan> spans)
    {
        for (var i = start; i < end - 1; i++)
        {
            if (!IsOrdinal(tokens[i].Text)) continue;
            var last = -1;
            for (var k = i + 1; k < end && k - i <= 6 && char.IsUpper(tokens[k].Text[0]); k++)
                if (UnitWords.Contains(tokens[k].Text)) last = k + 1;
            if (last < 0) continue;
            NameFinder.RemoveOverlapping(spans, i, last);
            spans.Add((i, last, "ORG", "rule:military-unit", null));
            i = last - 1;
        }
    }

    // "152nd", "1st", "23rd", "114th".
    internal static bool IsOrdinal(string word) =>
        word.Length >= 3 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" && word.AsSpan(0, word.Length - 2).IndexOfAnyExceptInRange('0', '9') < 0;
}
