using System.Globalization;
using System.Text;

namespace Pipeline.Cleaning.Tests.Shingles;

/// <summary>
/// The yardstick of the public content-extraction benchmarks (ScrapingHub's article-extraction
/// benchmark, used by trafilatura's and Readability's published figures): both texts become
/// lower-cased word tokens, then overlapping 4-word shingles, compared as multisets. Paragraph
/// breaks and punctuation do not count, so only which words came out, and in what order, matters.
/// Shared with the evaluation command clean-shingle.
/// </summary>
public static class ShingleScore
{
    public const int Size = 4;

    public static ShingleMatch Match(string gold, string predicted)
    {
        var expected = Shingles(gold);
        var found = Shingles(predicted);
        var truePositives = 0;
        var falsePositives = 0;
        foreach (var (shingle, count) in found)
        {
            var wanted = expected.GetValueOrDefault(shingle);
            truePositives += Math.Min(count, wanted);
            falsePositives += Math.Max(0, count - wanted);
        }
        var misses = expected.Sum(pair => Math.Max(0, pair.Value - found.GetValueOrDefault(pair.Key)));
        return new ShingleMatch(truePositives, falsePositives, misses);
    }

    /// <summary>Word shingles with their counts; a text shorter than one shingle is one shingle of all its words.</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var words = Words(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (words.Count == 0) return shingles;
        for (var start = 0; start < Math.Max(1, words.Count - Size + 1); start++)
        {
            var shingle = string.Join(' ', words.Skip(start).Take(Size));
            shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }
        return shingles;
    }

    /// <summary>Runs of letters, digits and connector punctuation (regex \w), lower-cased.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordChar(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
