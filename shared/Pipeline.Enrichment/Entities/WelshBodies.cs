using NameSpan = (int First, int Last, string Type, string Source, Pipeline.Enrichment.GazetteerEntry? Entry);

namespace Pipeline.Enrichment;

/// <summary>
/// "Cyngor Gwynedd", "Coleg Menai", "Ysgol Syr Hugh Owen", "Urdd Gobaith Cymru": a Welsh body's name opens with its kind (council,
/// college, school, group, university, centre, society, government, police, board, union, museum), which the tagger, knowing no
/// Welsh, reads as a person's or a place's first word.
/// </summary>
internal static class WelshBodies
{
    internal static bool IsBodyWord(string word) =>
        word is "Cyngor" or "Coleg" or "Ysgol" or "Grŵp" or "Prifysgol" or "Urdd" or "Canolfan" or "Cymdeithas" or "Llywodraeth" or "Heddlu"
            or "Bwrdd" or "Undeb" or "Amgueddfa" or "Menter" or "Comisiynydd" or "Cwmni";

    public static void Apply(List<Token> tokens, List<NameSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
            if (spans[i] is { Type: "PER" or "LOC", Entry: null } span && span.Last - span.First >= 2 && IsBodyWord(tokens[span.First].Text))
                spans[i] = (span.First, span.Last, "ORG", span.Source + "+rule:welsh-body", null);
    }
}
