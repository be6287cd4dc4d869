namespace Pipeline.Cleaning.Tests;

/// <summary>
/// A minister's speech and a summit declaration as their senders post them. The place-and-date line under the
/// heading ("Aqaba, 11 October 2027 (as delivered)", "Chiefs' Nakamal, Port Vila, Vanuatu, 19 August 2027") says where
/// and when the words were given: it is the publication stamp, not the headline. A short greeting between the
/// salutations and the first paragraph ("Good morning, and welcome to Mafraq.") opens the speech, and a letterhead
/// that opens with "The" ("The Hashemite Kingdom of Jordan") is still the sender's.
/// </summary>
public class When_a_speech_or_declaration_is_headed_by_its_place_and_date
{
    private const string Speech = """
        The Hashemite Kingdom of Jordan
        Ministry of Energy and Mineral Resources

        Speeches

        Remarks by H.E. Dr. Rami Haddadin, Minister of Energy and Mineral Resources, at the inauguration of the Mafraq Solar Storage Plant

        Mafraq, 4 March 2027 (as delivered)

        Your Excellency Prime Minister,
        Excellencies, ladies and gentlemen,

        Good morning, and welcome to Mafraq.

        Four years ago this site was an empty plain beside the highway, and today it stores enough power to carry the northern grid through the evening peak.

        We built it with engineers from our own universities, and the batteries were assembled by a company that did not exist when the tender was announced.

        Thank you.
        """;

    private const string Declaration = """
        PACIFIC FISHERIES FORUM

        Honiara Declaration of the 9th Pacific Fisheries Forum Ministers' Meeting

        Mendana Hall, Honiara, Solomon Islands, 2 June 2027

        1. The Ministers of the Pacific Fisheries Forum met in Honiara on 1 and 2 June 2027 and thanked the government and people of Solomon Islands for their hospitality.

        2. Ministers agreed to extend the tuna catch limits for three more years and to share the costs of a joint patrol vessel from 2028.
        """;

    private static readonly CleanedDocument CleanedSpeech = new ArticleCleaner().Clean(new CleaningInput { Text = Speech });
    private static readonly CleanedDocument CleanedDeclaration = new ArticleCleaner().Clean(new CleaningInput { Text = Declaration });

    [Fact]
    public void Should_take_the_heading_above_the_place_and_date_for_the_speechs_title() =>
        Assert.Equal("Remarks by H.E. Dr. Rami Haddadin, Minister of Energy and Mineral Resources, at the inauguration of the Mafraq Solar Storage Plant", CleanedSpeech.Title);

    [Fact]
    public void Should_read_the_date_under_a_delivery_note() => Assert.Equal("2027-03-04", CleanedSpeech.Published);

    [Fact]
    public void Should_open_the_speech_with_the_salutations_and_keep_the_greeting() =>
        Assert.StartsWith("Your Excellency Prime Minister,\n\nExcellencies, ladies and gentlemen,\n\nGood morning, and welcome to Mafraq.", CleanedSpeech.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_take_the_ministry_under_the_kingdom_for_the_site() =>
        Assert.Equal("Ministry of Energy and Mineral Resources", CleanedSpeech.SiteName);

    [Fact]
    public void Should_take_the_declarations_heading_for_its_title() =>
        Assert.Equal("Honiara Declaration of the 9th Pacific Fisheries Forum Ministers' Meeting", CleanedDeclaration.Title);

    [Fact]
    public void Should_take_the_venue_town_country_and_date_line_for_the_stamp()
    {
        Assert.Equal("2027-06-02", CleanedDeclaration.Published);
        Assert.Contains(CleanedDeclaration.Removed, r => r.Text == "Mendana Hall, Honiara, Solomon Islands, 2 June 2027" && r.Reason == "date");
    }
}
