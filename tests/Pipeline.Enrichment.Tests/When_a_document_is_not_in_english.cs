namespace Pipeline.Enrichment.Tests;

public sealed class When_a_document_is_not_in_english
{
    private const string German = """
        Die Bundesregierung hat am Montag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen.
        Das Gesetz soll den Ausbau von Windkraft und Solarenergie in den kommenden Jahren deutlich beschleunigen.
        Nach Angaben des Ministeriums sollen die Investitionen in erneuerbare Energien bis 2030 verdoppelt werden.
        Kritiker bemängeln, dass der Ausbau der Stromnetze mit dem Tempo der erneuerbaren Energien nicht Schritt hält.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = German });

    [Fact]
    public void Should_detect_its_language()
    {
        Assert.Equal("de", Result.Language);
        Assert.True(Result.LanguageConfidence > 0.5);
    }

    [Fact]
    public void Should_still_give_keywords_without_its_stop_words_and_a_summary_and_counts()
    {
        Assert.Contains(Result.Keywords, k => k.Text.Contains("erneuerbare", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Keywords, k => k.Text.Split(' ').Any(w => w is "der" or "die" or "und" or "den"));
        Assert.NotEmpty(Result.Summary);
        Assert.Equal(58, Result.WordCount);
    }

    [Fact]
    public void Should_say_which_fields_are_not_produced_and_why()
    {
        Assert.Empty(Result.Entities);
        Assert.Empty(Result.Categories);
        Assert.Null(Result.Sentiment);
        Assert.Contains(Result.NotProduced, n => n.StartsWith("entities: language 'de'", StringComparison.Ordinal));
        Assert.Contains(Result.NotProduced, n => n.StartsWith("sentiment:", StringComparison.Ordinal));
    }
}

public sealed class When_a_document_opens_with_a_notice_in_another_language
{
    private const string Page = """
        This article has been translated automatically from the original German version, and it may therefore contain mistakes or wrong information. If you have any doubts about what it says, please read the original version, which is the one our editors wrote and checked. We are working on better translations and would be grateful for any feedback you can send us about the quality of this one. Thank you for reading and for your patience with us.

        Der Stadtrat von Freiburg hat am Dienstag beschlossen, die Straßenbahnlinie in den Norden der Stadt zu verlängern. Die neue Strecke soll bis zum Jahr 2029 fertig sein und vier zusätzliche Haltestellen bekommen.

        Nach Angaben der Verkehrsbetriebe werden täglich rund zwölftausend Fahrgäste auf der verlängerten Linie erwartet. Die Kosten für den Bau werden auf etwa neunzig Millionen Euro geschätzt, von denen das Land einen großen Teil übernehmen will.

        Anwohner hatten sich in den vergangenen Monaten über den Lärm der Bauarbeiten beschwert. Die Stadt verspricht nun, dass in der Nacht nicht gearbeitet wird und dass die Bürger regelmäßig über den Stand der Arbeiten informiert werden.

        Die Entscheidung fiel mit einer knappen Mehrheit. Vor allem die Fraktionen der Opposition hatten gefordert, zuerst die bestehenden Linien zu sanieren, bevor neue Strecken gebaut werden. Der Oberbürgermeister sagte dagegen, der Norden der Stadt sei seit vielen Jahren schlecht an das Netz angebunden und die Menschen dort hätten lange genug gewartet.

        Mit dem Bau soll im kommenden Frühjahr begonnen werden. Während der Arbeiten werden Busse die Haltestellen im Norden bedienen, und die Verkehrsbetriebe wollen die Fahrpläne so anpassen, dass die Wartezeiten für die Fahrgäste möglichst kurz bleiben. Auch der Radverkehr soll von dem Projekt profitieren, denn entlang der neuen Strecke ist ein breiter Radweg geplant.
        """;

    private static List<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"\p{L}+").Select(m => m.Value).ToList();

    [Fact]
    public void Should_count_stop_words_across_the_whole_text_not_only_its_first_words()
    {
        var english = Words(Page[..Page.IndexOf("Der Stadtrat", StringComparison.Ordinal)]);
        var german = Words(Page[Page.IndexOf("Der Stadtrat", StringComparison.Ordinal)..]);
        // An opening notice long enough to fill a sample taken from the start, then a body many times its length.
        var words = english.Concat(english).Concat(german).Concat(german).Concat(german).Concat(german).ToList();
        Assert.True(english.Count * 2 >= 150 && german.Count * 4 >= 5 * english.Count * 2);

        Assert.Equal("de", StopwordLanguageGuess.Guess(german)?.Code);
        Assert.Equal("de", StopwordLanguageGuess.Guess(words)?.Code);
    }

    [Fact]
    public void Should_be_read_in_the_language_of_its_body()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Page });
        Assert.Equal("de", result.Language);
        Assert.Contains(result.NotProduced, n => n.StartsWith("entities: language 'de'", StringComparison.Ordinal));
    }
}
