namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Adobe Experience Manager's Core Components name every part of a page "cmp-…" ("cmp-text",
/// "cmp-title", "cmp-container"), the letters consent platforms give their banners ("cmp-banner").
/// On a page laid out on AEM's responsive grid ("aem-Grid", "aem-GridColumn") each paragraph of
/// the story is a "cmp-text" component: the story, not a consent banner, and the lead in the
/// header component comes with it.
/// </summary>
public class When_a_story_is_built_of_experience_manager_components
{
    private const string Html = """
        <html><head><title>Ferry fares to rise by a tenth in spring - Coastline News</title>
        <meta name="description" content="The island ferry operator will raise its fares from March."></head><body>
        <div class="root container responsivegrid"><div id="container-root" class="cmp-container"><div class="aem-Grid aem-Grid--12">
        <div class="header experiencefragment aem-GridColumn"><header class="site-header"><a href="/">Coastline News</a>
          <nav><a href="/local">Local</a> <a href="/business">Business</a></nav></header></div>
        <main class="container responsivegrid aem-GridColumn"><div class="cmp-container"><div class="aem-Grid aem-Grid--8">
          <div class="articleheader aem-GridColumn"><div class="cmp-articleheader">
            <h1 class="cmp-articleheader__title">Ferry fares to rise by a tenth in spring</h1>
            <p class="cmp-articleheader__lead">The island ferry operator will raise its fares from March, blaming fuel and crew costs, while season tickets for residents stay as they are.</p>
          </div></div>
          <div class="container responsivegrid article-body aem-GridColumn"><div class="cmp-container"><div class="aem-Grid aem-Grid--8">
            <div class="text aem-GridColumn"><div id="text-1a2b" class="cmp-text"><p>Single tickets between the harbour and the three islands will cost ten per cent more from the first of March, the operator told the county council on Monday.</p></div></div>
            <div class="text aem-GridColumn"><div id="text-3c4d" class="cmp-text"><p>Fuel now makes up almost a third of its running costs, and a new agreement with the crews raised wages by six per cent this year.</p></div></div>
            <div class="title aem-GridColumn"><div class="cmp-title"><h2 class="cmp-title__text">Residents spared</h2></div></div>
            <div class="text aem-GridColumn"><div id="text-5e6f" class="cmp-text"><p>Islanders with a season ticket will pay what they paid this year, and the council has promised to review the school crossings before the summer.</p></div></div>
            <div class="text aem-GridColumn"><div id="text-7a8b" class="cmp-text"><p>The operator said the rise was the first in four years and smaller than the increase in its costs over that time.</p></div></div>
          </div></div></div>
        </div></div></main>
        <div class="footer experiencefragment aem-GridColumn"><footer><a href="/about">About us</a></footer></div>
        </div></div></div>
        <div class="cookie-consent" role="dialog"><p>We use cookies to improve your experience.</p><button>Accept</button></div>
        </body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_keep_the_lead_and_every_text_component() =>
        Assert.Equal(
        [
            "The island ferry operator will raise its fares from March, blaming fuel and crew costs, while season tickets for residents stay as they are.",
            "Single tickets between the harbour and the three islands will cost ten per cent more from the first of March, the operator told the county council on Monday.",
            "Fuel now makes up almost a third of its running costs, and a new agreement with the crews raised wages by six per cent this year.",
            "Residents spared",
            "Islanders with a season ticket will pay what they paid this year, and the council has promised to review the school crossings before the summer.",
            "The operator said the rise was the first in four years and smaller than the increase in its costs over that time.",
        ], _cleaned.Text.Split("\n\n"));

    [Fact]
    public void Should_remove_none_of_it_as_a_cookie_banner() =>
        Assert.DoesNotContain(_cleaned.Removed, removed => removed.Reason == "cookie-banner" && removed.Text.Contains("ferry", StringComparison.OrdinalIgnoreCase));
}
