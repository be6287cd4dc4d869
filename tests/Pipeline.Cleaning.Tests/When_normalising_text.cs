namespace Pipeline.Cleaning.Tests;

public class When_normalising_text
{
    [Fact]
    public void Should_compose_decomposed_characters_to_nfc() =>
        Assert.Equal("Grüße", TextNormalizer.Normalize("Gru\u0308ße"));

    [Fact]
    public void Should_drop_soft_hyphens_and_zero_width_characters() =>
        Assert.Equal("Donaudampfschiff", TextNormalizer.Normalize("Donau\u00ADdampf\u200Bschiff\u2060\uFEFF"));

    [Fact]
    public void Should_drop_a_joiner_outside_a_word_but_keep_one_that_spells_a_word()
    {
        Assert.Equal("Grain prices rose.", TextNormalizer.Normalize("\u200CGrain \u200Dprices rose.\u200C"));
        Assert.Equal("به\u200Cروز شده", TextNormalizer.Normalize("به\u200Cروز شده"));
    }

    [Fact]
    public void Should_collapse_spaces_but_keep_paragraph_breaks() =>
        Assert.Equal("First line of the first paragraph.\n\nSecond paragraph.", TextNormalizer.Normalize("  First \t line  of the\u00A0first paragraph. \r\n\r\n\r\n  Second   paragraph.  "));

    [Fact]
    public void Should_keep_a_single_line_break_inside_a_block() =>
        Assert.Equal("Line one\nLine two", TextNormalizer.Normalize("Line one \n Line two"));

    [Fact]
    public void Should_normalise_html_text_the_same_way()
    {
        var cleaned = new ArticleCleaner().Clean(new CleaningInput
        {
            Text = string.Empty,
            Html = "<html><body><article><p>Die Stra\u00DFen\u00ADbahn f\u00E4hrt wieder, sagte die Stadt am Montag, nachdem die Gleise repariert worden waren und der Strom zur\u00FCck war.</p></article></body></html>",
        });
        Assert.Equal("Die Straßenbahn fährt wieder, sagte die Stadt am Montag, nachdem die Gleise repariert worden waren und der Strom zurück war.", cleaned.Text);
    }
}
