namespace Pipeline.Enrichment;

/// <summary>
/// Finds the entities of an English text: numbers, amounts and dates by rule; names by the tagger,
/// the name lists and rules, sentence by sentence; then document-level linking and grouping.
/// Stateless after construction: one instance serves every thread.
/// </summary>
internal sealed class EntityRecognizer(SequenceTagger tagger)
{
    private static readonly Lazy<EntityRecognizer> Embedded = new(() => new EntityRecognizer(SequenceTagger.Instance));

    public static EntityRecognizer Instance => Embedded.Value;

    public IReadOnlyList<Entity> Recognize(string text, string? title, DateTimeOffset? published, string? standfirst = null) =>
        Recognize(text, Tokenizer.Tokenize(text), title, published, standfirst);

    /// <summary>The same, for a caller that has tokenised the text already.</summary>
    public IReadOnlyList<Entity> Recognize(string text, List<Token> tokens, string? title, DateTimeOffset? published, string? standfirst)
    {
        var rules = NonOverlapping(NumericRules.Find(text).Concat(DateRules.Find(text, published)));
        var names = new List<EntitySpan>();
        foreach (var sentence in SentenceSplitter.Split(text, tokens))
        {
            var (start, end) = (sentence.Start.Value, sentence.End.Value);
            names.AddRange(NameFinder.Find(text, tokens, start, end, tagger).Where(n => !rules.Exists(r => r.Overlaps(n.Start, n.End))));
            names.AddRange(NameFinder.HyphenPlaces(text, tokens, start, end));
        }
        names.AddRange(CoordinationRule.Find(text, tokens, names).ToList());
        var linked = MentionLinker.Link(text, tokens, names);
        return EntityBuilder.Build(text, title, standfirst, linked.Concat(rules));
    }

    // Longest first, so "Jan. 29 and 30" wins over "30" and "$10 billion" over a bare year.
    private static List<EntitySpan> NonOverlapping(IEnumerable<EntitySpan> spans)
    {
        var kept = new List<EntitySpan>();
        foreach (var span in spans.OrderByDescending(s => s.End - s.Start).ThenBy(s => s.Start))
            if (!kept.Exists(k => k.Overlaps(span.Start, span.End))) kept.Add(span);
        return kept.OrderBy(s => s.Start).ToList();
    }
}
