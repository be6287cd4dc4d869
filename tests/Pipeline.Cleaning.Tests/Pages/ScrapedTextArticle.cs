namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>
/// Plain text as a scraper saves a page of an invented policy magazine: navigation first, the
/// article, then membership, newsletter and pricing blurbs. Same shape as the seed, own words.
/// </summary>
internal static class ScrapedTextArticle
{
    public const string Text = """
        Skip to main content

        Regions
        Newsletters
        Log in

        Coastal states weigh a shared fisheries patrol

        Three governments want to pool boats and radar to stop illegal trawling, but funding the fleet remains unresolved.

        LISBON — Fisheries ministers from three Atlantic states met in Lisbon on Tuesday to discuss a joint patrol force that would share vessels, radar data and boarding teams across their neighbouring waters.

        Officials said illegal trawling had cost coastal communities millions in lost catches over the past decade, and that no single navy could watch the whole stretch of sea on its own budget.

        The ministers agreed to draft a memorandum by the autumn, though diplomats cautioned that disputes over who would command the boats and who would pay for fuel could still delay the plan.

        "We share the fish, so we should share the burden of protecting them," one minister told reporters after the meeting, adding that a pilot could start within a year.

        Join thousands of maritime professionals with Tidewater PRO.

        Analysts and shipping managers use PRO to track regulation and markets. Try it for free and cancel anytime.

        Already a subscriber? Sign in

        Our Newsletters

        Join over 40,000 readers who get our reporters' briefings every week.
        Delivered straight to your inbox.

          • Morning Tide
          • Ports & Shipping Weekly
          • Energy at Sea

        Premium Membership

        Sit down with the editors who cover ports, insurers and shipping lines for private briefings on the rules that shape the trade.

        $19.00 / month
        billed annually

        Become a Member Start with 1-week free trial
        """;
}
