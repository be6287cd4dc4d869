namespace Pipeline.Enrichment.Tests;

/// <summary>A person's name the tagger cut short is completed from the rest of the document (team-written text).</summary>
public sealed class When_the_tagger_stops_inside_a_name
{
    private const string Text = "Energy Minister Aigerim Tokayeva opened the plant. Tokayeva said output would double. Ruslan Berik attended.";

    private static List<EntitySpan> Link(params (string Words, int Occurrence)[] people)
    {
        var tokens = Tokenizer.Tokenize(Text);
        var spans = people.Select(p =>
        {
            var start = -1;
            for (var n = 0; n <= p.Occurrence; n++) start = Text.IndexOf(p.Words, start + 1, StringComparison.Ordinal);
            return new EntitySpan(start, start + p.Words.Length, p.Words, EntityTypes.Person, "tagger");
        }).ToList();
        return MentionLinker.Link(Text, tokens, spans);
    }

    [Fact]
    public void Should_join_the_next_word_the_document_names_as_a_person()
    {
        var linked = Link(("Aigerim", 0), ("Tokayeva", 1));
        Assert.Contains(linked, s => s.Name == "Aigerim Tokayeva" && s.Start == Text.IndexOf("Aigerim", StringComparison.Ordinal));
        Assert.DoesNotContain(linked, s => s.Name == "Aigerim");
        Assert.Contains(linked, s => s.Name == "Tokayeva" && s.Canonical == "Aigerim Tokayeva");
    }

    [Fact]
    public void Should_not_join_a_word_the_document_never_names_as_a_person()
    {
        var linked = Link(("Aigerim", 0), ("Ruslan Berik", 0));
        Assert.Contains(linked, s => s.Name == "Aigerim");
        Assert.DoesNotContain(linked, s => s.Name.StartsWith("Aigerim ", StringComparison.Ordinal));
    }
}
