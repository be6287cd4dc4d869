namespace Pipeline.Enrichment;

/// <summary>
/// How central an entity is to the document, 0–1: how early it first appears, how often it is
/// mentioned relative to the most mentioned entity, and whether the title or standfirst names it.
/// Numbers and dates are details rather than subjects, so they weigh half.
/// </summary>
internal static class SalienceScorer
{
    public static double Score(string type, IReadOnlyList<Mention> mentions, int textLength, int mostMentions, bool inTitle, bool inStandfirst)
    {
        var position = 1.0 - (double)mentions[0].Start / Math.Max(1, textLength);
        var frequency = Math.Log(1 + mentions.Count) / Math.Log(1 + Math.Max(1, mostMentions));
        var score = 0.25 * position * position + 0.45 * frequency + (inTitle ? 0.2 : 0) + (inStandfirst ? 0.1 : 0);
        if (type is EntityTypes.Date or EntityTypes.Money or EntityTypes.Percent or EntityTypes.Quantity) score *= 0.5;
        return Math.Round(Math.Clamp(score, 0, 1), 3);
    }
}
