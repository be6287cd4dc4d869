namespace Pipeline.Enrichment.Tests;

/// <summary>
/// A wire's press release ends with boilerplate: "About" over each company's paragraph, "SOURCE" before the sender's name,
/// and a copyright line. The labels are no words of the names, and a Singaporean or Turkish legal form written with full
/// stops ("Pte. Ltd.", "San. ve Tic. A.Ş.") is one name with its company, not the end of a sentence.
/// </summary>
public sealed class When_a_press_release_names_its_sender_in_boilerplate
{
    private const string Text = """
        SINGAPORE, May 6, 2025 /Wire/ -- PT Orchid Tanker Tbk said on Tuesday it had agreed to charter two product tankers to Ege Kimya San. ve Tic. A.Ş., a chemicals distributor based in Izmir.

        About PT Orchid Tanker Tbk
        PT Orchid Tanker Tbk owns and operates 14 product tankers and is listed in Singapore.

        SOURCE PT Orchid Tanker Tbk

        Harbourline Wire is a service of Kallang Newswire Services Pte. Ltd., 3 Fusionopolis Way, Singapore.
        Copyright © 2025 Kallang Newswire Services Pte. Ltd. All Rights Reserved.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("PT Orchid Tanker Tbk")]
    [InlineData("Ege Kimya San. ve Tic. A.Ş.")]
    [InlineData("Kallang Newswire Services Pte. Ltd.")]
    public void Should_name_each_company_whole(string name) =>
        Assert.Contains(Result.Entities, e => e.Text == name && e.Type == EntityTypes.Organization);

    [Fact]
    public void Should_give_a_name_that_ends_a_sentence_and_a_line_one_form()
    {
        var result = new DocumentEnricher().Enrich(new EnrichmentInput
        {
            Text = "Shares of Harbourline rose 3% on Friday after the results.\n\nHarbourline Daily is published by Marrow Media Pvt Ltd.\n© 2025 Marrow Media Pvt Ltd. All rights reserved.",
        });
        Assert.Contains(result.Entities, e => e.Text == "Marrow Media Pvt Ltd" && e.Type == EntityTypes.Organization);
        Assert.DoesNotContain(result.Entities, e => e.Text == "Marrow Media Pvt Ltd.");
    }

    [Theory]
    [InlineData("About")]
    [InlineData("SOURCE")]
    [InlineData("Rights")]
    [InlineData("Kallang Newswire Services Pte")]
    public void Should_keep_labels_and_pieces_out(string word) =>
        Assert.DoesNotContain(Result.Entities, e => (e.Text.StartsWith(word, StringComparison.Ordinal) && e.Text != "Kallang Newswire Services Pte. Ltd.") || e.Text.Contains(" " + word, StringComparison.Ordinal));
}
