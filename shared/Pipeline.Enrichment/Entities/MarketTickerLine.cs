namespace Pipeline.Enrichment;

/// <summary>
/// "Brent $64.82 ▲1.2% | WTI $60.95 ▲1.1% | Urals $55.10 ▼0.9%": a business page's market strip. Its words are the names of
/// indices, benchmarks, grades and currency pairs, no person, body or place an annotator would name ("Brent" is no person,
/// "Urals" no mountains, "JCI" no body), so no name is read in a line of quotes between bars.
/// </summary>
internal static class MarketTickerLine
{
    /// <summary>
    /// True when the sentence is two bars or more between quotes that move: two or more arrows of a rise or a fall, or three or
    /// more percentages.
    /// </summary>
    public static bool Holds(string text, List<Token> tokens, int start, int end)
    {
        if (end - start < 8 || !text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start).Contains('|')) return false;
        int bars = 0, arrows = 0, percents = 0;
        for (var i = start; i < end; i++)
        {
            switch (tokens[i].Text)
            {
                case "|": bars++; break;
                case "▲" or "▼" or "△" or "▽" or "↑" or "↓" or "⬆" or "⬇": arrows++; break;
                case "%": percents++; break;
            }
        }
        return bars >= 2 && (arrows >= 2 || percents >= 3);
    }
}
