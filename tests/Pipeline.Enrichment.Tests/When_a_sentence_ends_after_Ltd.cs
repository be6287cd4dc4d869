namespace Pipeline.Enrichment.Tests;

/// <summary>
/// "printed by Harbour Lane Media Holdings Ltd. All rights reserved.": "Ltd" is written with no full stop of its own, so a full
/// stop after it that ends the sentence, the next opening on the same line, is the sentence's and no part of the company's
/// name. "Inc." keeps its full stop, and so do "Ltd." before a comma and the two-part "Co., Ltd.".
/// </summary>
public sealed class When_a_sentence_ends_after_Ltd
{
    private const string Text = """
        The weekly is printed by Harbour Lane Media Holdings Ltd. All rights reserved.

        Freight rates rose by a fifth, according to Brightwater Shipping Group Ltd. For a small tanker that means a higher bill.

        The contract went to Kestrel Ridge Minerals Inc. It will start digging in May, with Tamsin Valley Haulage Ltd., a local firm.

        The app is run by Lotus Bay Media Co., Ltd. Its editors are based in Busan.
        """;

    private static readonly EnrichmentResult Result = new DocumentEnricher().Enrich(new EnrichmentInput { Text = Text });

    [Theory]
    [InlineData("Harbour Lane Media Holdings Ltd")]
    [InlineData("Brightwater Shipping Group Ltd")]
    [InlineData("Kestrel Ridge Minerals Inc.")]
    [InlineData("Tamsin Valley Haulage Ltd.")]
    [InlineData("Lotus Bay Media Co., Ltd.")]
    public void Should_name_the_company_without_the_sentence_full_stop(string company) =>
        Assert.Contains(Result.Entities, e => e.Type == EntityTypes.Organization && e.Text == company);
}
