namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Text from a PDF, a DOCX, an e-mail or a JSON drop, whose title ingest read from the document's
/// structure rather than guessed from a first line: the cleaner trusts it instead of guessing from
/// the lines above the first paragraph.
/// </summary>
public class When_a_document_names_its_own_title
{
    private const string Report = """
        Riverside Water Authority

        Annual review of the flood barriers

        Prepared by Tomasz Wrona and Aiyana Redcloud

        1. Summary

        The barriers along the lower river held through three storm surges this winter, and none of the pumping stations failed.

        Repairs to the northern gate cost less than planned, and the authority expects to finish them before the spring tides.
        """;

    private static CleanedDocument Clean(string text, string title, bool fromStructure) =>
        new ArticleCleaner().Clean(new CleaningInput { Text = text, Title = title, TitleFromStructure = fromStructure });

    [Fact]
    public void Should_take_the_named_title_and_keep_what_stands_between_it_and_the_body()
    {
        var cleaned = Clean(Report, "Annual review of the flood barriers", fromStructure: true);

        Assert.Equal("Annual review of the flood barriers", cleaned.Title);
        Assert.StartsWith("1. Summary\n\nThe barriers along", cleaned.Text, StringComparison.Ordinal);
        // The authors' line is the byline: recorded as the author and as removed.
        Assert.Equal("Tomasz Wrona and Aiyana Redcloud", cleaned.Author);
        Assert.Contains(cleaned.Removed, removed => removed.Text == "Prepared by Tomasz Wrona and Aiyana Redcloud" && removed.Reason == "byline");
        Assert.DoesNotContain("Annual review of the flood barriers", cleaned.Text, StringComparison.Ordinal);
        // What stands above the title is the masthead, and it is recorded as removed.
        Assert.Contains(cleaned.Removed, removed => removed.Text == "Riverside Water Authority" && removed.Reason == "before-article");
    }

    [Fact]
    public void Should_guess_from_the_lines_above_the_body_when_the_title_is_only_a_first_line()
    {
        var cleaned = Clean(Report, "Riverside Water Authority", fromStructure: false);

        // The authors' line is a byline, and a numbered section heading of two words is no headline.
        Assert.Equal("Annual review of the flood barriers", cleaned.Title);
        Assert.Equal("Tomasz Wrona and Aiyana Redcloud", cleaned.Author);
        Assert.StartsWith("The barriers along", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_take_the_line_below_the_title_as_the_standfirst_when_it_is_a_sentence()
    {
        const string memo = """
            Ferry timetable changes for winter

            Boats will leave the quay every hour from December.

            The harbour office said the change follows a fall in passenger numbers after the summer season, when boats left every half hour.

            The last boat on weekdays will leave at ten in the evening.
            """;
        var cleaned = Clean(memo, "Ferry timetable changes for winter", fromStructure: true);

        Assert.Equal("Ferry timetable changes for winter", cleaned.Title);
        Assert.Equal("Boats will leave the quay every hour from December.", cleaned.Standfirst);
        Assert.StartsWith("Boats will leave the quay every hour from December.\n\nThe harbour office", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_lines_above_the_body_when_the_title_is_not_in_the_text()
    {
        const string mail = """
            Hello all,

            Quick note from the harbour office.

            The ferry terminal vote passed on Tuesday, and construction is planned to start in the spring if the regional government agrees to pay its share.

            Regards
            """;
        var cleaned = Clean(mail, "Ferry terminal vote passed", fromStructure: true);

        Assert.Equal("Ferry terminal vote passed", cleaned.Title);
        Assert.StartsWith("Hello all,\n\nQuick note from the harbour office.\n\nThe ferry terminal vote", cleaned.Text, StringComparison.Ordinal);
    }
}
