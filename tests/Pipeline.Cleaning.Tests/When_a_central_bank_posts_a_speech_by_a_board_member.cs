namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A speech as a central bank posts it: the bank's name, a "Speech" label, the speech's own title, the occasion
/// under it ("Speech at a Meeting with Business Leaders in Hokkaido"), then the speaker's name over her office
/// ("Member of the Policy Board") over the date. The title is the line above the occasion, the occasion is the
/// subtitle, and the name and office are the byline: an office is no headline.
/// </summary>
public class When_a_central_bank_posts_a_speech_by_a_board_member
{
    private const string Speech = """
        Bank of Nippon

        Speech

        Wages, Prices and the Path of Policy

        Speech at a Meeting with Business Leaders in Hokkaido

        Keiko Morimoto
        Member of the Policy Board

        March 3, 2027

        Introduction

        Thank you for inviting me today. I would like to begin with the economy of Hokkaido, where tourism has recovered faster than anyone expected two years ago.

        Wages rose by more than four percent in this year's spring negotiations, and firms in the region tell us that they expect to raise them again next year.
        """;

    private static readonly CleanedDocument Cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = Speech });

    [Fact]
    public void Should_take_the_speechs_own_title() => Assert.Equal("Wages, Prices and the Path of Policy", Cleaned.Title);

    [Fact]
    public void Should_take_the_occasion_for_the_standfirst() => Assert.Equal("Speech at a Meeting with Business Leaders in Hokkaido", Cleaned.Standfirst);

    [Fact]
    public void Should_take_the_speaker_for_the_author() => Assert.Equal("Keiko Morimoto", Cleaned.Author);

    [Fact]
    public void Should_remove_the_office_as_part_of_the_byline() =>
        Assert.Contains(Cleaned.Removed, r => r.Text == "Member of the Policy Board" && r.Reason == "byline");

    [Fact]
    public void Should_read_the_date() => Assert.Equal("2027-03-03", Cleaned.Published);
}
