namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Paywalled stories show their free paragraphs, then a veil: a box drawn blurred ("filter:blur(5px)") and marked
/// aria-hidden, holding placeholder paragraphs of scrambled letters as long as the locked text, above the offer. The
/// page says the veil is no text for readers, and no one can read it: it goes, however much of it there is. A fold
/// hidden until a click ("Read more") is not drawn blurred, and keeps its text.
/// </summary>
public class When_a_paywall_veils_the_locked_part_in_blurred_placeholder_text
{
    private const string Html = """
        <html><head><title>Valley dairy closes after ninety years | Alpenbote</title></head><body>
        <nav><a href="/">Home</a> <a href="/region">Region</a></nav>
        <article>
          <h1>Valley dairy closes after ninety years</h1>
          <div class="story-text">
            <p>The cooperative dairy in Lower Weissbach will make its last cheese at the end of March, after its members voted by a wide margin to sell the building and the brand to a larger dairy in the valley.</p>
            <p>Only eleven farmers still deliver milk to the cooperative, down from more than sixty in the nineteen-eighties, and the new cooling rules would have cost the members about 300,000 euros.</p>
            <div class="locked-preview" aria-hidden="true" style="filter: blur(4px); user-select: none">
              <p>Qwtz brlfm skd Vmpqrt, xol tkw Jzdfnmx pvrs ghq lmbtfrwq; zku wpt Hsrcbnd qlt Fxrdkwmbtzq Prtzw ngtlmqs xwv hdk Trmxzk dfn Lqzptrmwz wkrs.</p>
              <p>Mnzb prtq hvk Xgrlkwbtzmpqlr dkw Zqftnm, qrdl vtwx mbk Wrtzlkmqtz prk Kdlmtzrqwbnkx, wvl krt Xqrm vlzt prtm Fhqzb lmnq trwz sdkf Ghqrt wlpz.</p>
              <p>Bltrk wmqz tvrp Xkdlmtz, fqrl wbn Hqtzlmr prdk vlwm Tzrqb, mdkl hvpt Qrzwkl mtbr xlpw Kdmtrz wqlp.</p>
            </div>
          </div>
          <div class="offer"><p>Read on with Alpenbote Plus.</p></div>
        </article>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_free_paragraphs_only() =>
        Assert.Equal(
        [
            "The cooperative dairy in Lower Weissbach will make its last cheese at the end of March, after its members voted by a wide margin to sell the building and the brand to a larger dairy in the valley.",
            "Only eleven farmers still deliver milk to the cooperative, down from more than sixty in the nineteen-eighties, and the new cooling rules would have cost the members about 300,000 euros.",
        ], _cleaned.Text.Split("\n\n"));
}
