namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Stories saved as text whose head is laid out in other house styles: the writer's name above
/// their role ("Political correspondent") and a standfirst without a full stop; a standfirst set
/// apart from the dateline paragraph by the writer's name, a date and a language link; and a
/// topic list and a share prompt under the last paragraph.
/// </summary>
public class When_scraped_text_sets_the_writer_apart_from_the_story
{
    private const string RoleUnderName = """
        The Harbour Ledger
        Home | News | Opinion | Sport | Culture | Podcasts
        Wednesday 4 March 2026

        News › Politics

        Minister defends plan to sell port shares to Norwegian fund

        Critics say the deal gives a foreign investor too much say over the country's busiest harbour

        Anna Lindqvist
        Political correspondent
        Wed 4 Mar 2026 09.12 GMT

        The transport minister, Henrik Dahl, has defended a plan to sell a 30% stake in the port to a sovereign wealth fund, telling parliament the money would pay for a new rail link.

        Dahl said the fund would have no say over how the harbour was run. "They are a passive investor and they will stay one," he said.

        The opposition said it would call for a vote on the sale.
        """;

    private const string StandfirstAboveByline = """
        Toggle navigation
        Politics Economy Energy Security Culture Video

        ANALYSIS
        Ankara and Baghdad edge closer on water-sharing deal
        Turkey has offered to release more water from its dams on the Tigris in exchange for action against armed groups.
        Selin Aydın
        March 3, 2026
        Read in Türkçe

        ANKARA — Turkish and Iraqi officials have drafted a framework agreement on sharing the waters of the Tigris and Euphrates, two diplomats involved in the talks said this week.

        Under the draft, the Turkish water authority would guarantee a minimum flow into Iraq during the summer months, the diplomats said.

        The agreement still needs the approval of the Iraqi parliament.
        """;

    private const string TopicsAndSharePrompt = """
        Gulf Energy Weekly
        Latest | Oil & Gas | Power | Renewables | Markets | Events

        OIL & GAS
        Oman signs exploration deal for offshore block
        By Rashid Al-Balushi | 28 January 2026

        Oman's energy ministry has signed an exploration and production sharing agreement for a block off the coast of Salalah, the ministry said on Tuesday.

        The operator will hold an 80% stake in the block and a state-owned company the remaining 20%, according to the statement.

        Topics: Oman, Exploration, Offshore
        Like this article? Share it with your colleagues.
        Sign up for the Gulf Energy Weekly newsletter
        You might also like
        Qatar awards LNG expansion contract
        Subscribe | Advertise | Contact | Privacy
        """;

    private const string AgencyStory = """
        ADVERTISEMENT
        World News
        Chile's new president names former central banker as finance minister
        By MARIA SOLER Associated Press
        Updated 7:41 PM UTC, March 2, 2026
        Share
        SANTIAGO, Chile (AP) — Chile's president-elect on Monday named a former central bank chief as his finance minister, seeking to reassure investors ahead of his inauguration next week.

        She led the central bank for three years and is respected by bond markets, analysts said.

        "We will put public finances in order," she told reporters at the transition office in Santiago.

        ___

        Associated Press writer Daniel Politi in Buenos Aires, Argentina, contributed to this report.

        MARIA SOLER
        Soler covers Chile and Argentina for The Associated Press.

        Found in: Chile, Economy
        Pablo Reyes is a contributor covering Andean politics. He is based in Lima.

        Most Read
        1. Storm leaves thousands without power
        2. Court upholds ban on mining project

        Copyright 2026 The Associated Press. All Rights Reserved.
        """;

    private const string TeasersInAndAfterTheStory = """
        Skip to main content

        Two Gulf states agree to reopen consulates in their second cities

        The move follows months of talks mediated by a neighbour and is the latest step in a slow rapprochement.

        MUSCAT — The two governments agreed on Sunday to reopen their consulates, a foreign ministry spokesman said at his weekly press briefing.

        The decision was reached during a visit by a deputy foreign minister, who also discussed flights between the countries.

        Read more

        Crown prince receives army chief in rare visit

        The mediator's foreign minister welcomed the agreement, calling it "a sign of maturity in the region's diplomacy."

        Trade between the two countries remains small, officials say.

        More from Ayman Haddad
        Tourism revenue hits record high
        Electricity link deal signed with neighbour

        Ayman Haddad is a journalist covering economics and business. His work has appeared in several regional outlets.

        Join hundreds of Middle East professionals with PRO.
        Start free trial
        """;

    [Fact]
    public void Should_drop_the_headlines_under_a_read_more_label_and_keep_the_paragraphs_after_them()
    {
        var cleaned = Clean(TeasersInAndAfterTheStory);
        Assert.DoesNotContain("Crown prince receives", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "Crown prince receives army chief in rare visit" && r.Reason == "teaser");
        Assert.Contains("a sign of maturity", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("Trade between the two countries remains small, officials say.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "More from Ayman Haddad" && r.Reason == "related");
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Ayman Haddad is a journalist", StringComparison.Ordinal) && r.Reason == "author-box");
    }

    [Fact]
    public void Should_still_find_the_headline_under_a_box_of_other_stories_above_the_story()
    {
        var text = "Most read\nStorm leaves thousands without power\nCourt upholds ban on mining project\n"
            + TeasersInAndAfterTheStory.Replace("Skip to main content", "", StringComparison.Ordinal);
        Assert.Equal("Two Gulf states agree to reopen consulates in their second cities", Clean(text).Title);
    }

    [Fact]
    public void Should_drop_the_contributors_note_the_writers_box_and_the_topics_below_an_agency_story()
    {
        var cleaned = Clean(AgencyStory);
        Assert.Equal("MARIA SOLER", cleaned.Author);
        Assert.EndsWith("she told reporters at the transition office in Santiago.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Associated Press writer Daniel Politi", StringComparison.Ordinal) && r.Reason == "end-note");
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Soler covers Chile", StringComparison.Ordinal) && r.Reason == "author-box");
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Pablo Reyes is a contributor", StringComparison.Ordinal) && r.Reason == "author-box");
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Found in:", StringComparison.Ordinal) && r.Reason == "tags");
    }

    [Fact]
    public void Should_take_the_name_above_the_role_as_the_author_and_the_line_above_it_as_the_standfirst()
    {
        var cleaned = Clean(RoleUnderName);
        Assert.Equal("Minister defends plan to sell port shares to Norwegian fund", cleaned.Title);
        Assert.Equal("Critics say the deal gives a foreign investor too much say over the country's busiest harbour", cleaned.Standfirst);
        Assert.Equal("Anna Lindqvist", cleaned.Author);
        Assert.Contains(cleaned.Removed, r => r.Text == "Political correspondent" && r.Reason == "byline");
        Assert.DoesNotContain("Lindqvist", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("The opposition said it would call for a vote on the sale.", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_the_standfirst_and_drop_the_lines_between_it_and_the_dateline()
    {
        var cleaned = Clean(StandfirstAboveByline);
        Assert.Equal("Ankara and Baghdad edge closer on water-sharing deal", cleaned.Title);
        Assert.StartsWith("Turkey has offered", cleaned.Standfirst, StringComparison.Ordinal);
        Assert.Equal("Selin Aydın", cleaned.Author);
        Assert.Equal("ANKARA", cleaned.Dateline);
        Assert.DoesNotContain("Read in", cleaned.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Selin", cleaned.Text, StringComparison.Ordinal);
        Assert.StartsWith("Turkey has offered", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("ANKARA — Turkish and Iraqi officials", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_drop_the_topic_list_and_the_share_prompt_under_the_story()
    {
        var cleaned = Clean(TopicsAndSharePrompt);
        Assert.EndsWith("according to the statement.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Topics:", StringComparison.Ordinal) && r.Reason == "tags");
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Like this article?", StringComparison.Ordinal) && r.Reason == "prompt");
    }

    [Theory]
    [InlineData("Dan Meridor is Regional Monitor's Jerusalem correspondent. He previously worked for a daily in Haifa.", "author-box")]
    [InlineData("Selin Aydın is Harbour Ledger’s Ankara reporter.", "author-box")]
    [InlineData("3 min", "media")]
    [InlineData("4:12", "media")]
    public void Should_read_a_writers_box_naming_the_outlet_and_a_bare_running_time_as_furniture(string line, string reason) =>
        Assert.Equal(reason, Pipeline.Cleaning.PlainText.LineClassifier.Classify(line).Reason);

    [Fact]
    public void Should_drop_an_editors_note_above_the_story_and_a_bulleted_topic_box_below_it()
    {
        const string text = """
            Home / World / Middle East

            Parliament elects army chief as president after two-year vacuum

            Editor's note: This story has been updated with comments from the foreign ministry.

            By Rana Khoury
            Published: 9 January 2026, 14:05 GMT

            BEIRUT — The parliament elected the army commander as president on Thursday, ending a vacancy of more than two years.

            He won 99 votes in the second round of voting in the 128-seat chamber, the speaker announced.

            More on Lebanon
            • Port blast investigation resumes
            • World Bank approves new money for schools

            Comments (24)
            """;
        var cleaned = Clean(text);
        Assert.Equal("Parliament elects army chief as president after two-year vacuum", cleaned.Title);
        Assert.Null(cleaned.Standfirst);
        Assert.Contains(cleaned.Removed, r => r.Text.StartsWith("Editor's note:", StringComparison.Ordinal) && r.Reason == "end-note");
        Assert.StartsWith("BEIRUT — The parliament", cleaned.Text, StringComparison.Ordinal);
        Assert.EndsWith("the speaker announced.", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains(cleaned.Removed, r => r.Text == "• Port blast investigation resumes" && r.Reason == "teaser");
    }

    [Fact]
    public void Should_keep_a_sentence_about_a_countrys_minister() =>
        Assert.Null(Pipeline.Cleaning.PlainText.LineClassifier.Classify("Lavrov is Russia's foreign minister and has held the post since 2004.").Reason);

    [Theory]
    [InlineData("Staff Writer")]
    [InlineData("Middle East editor")]
    [InlineData("Senior political correspondent")]
    public void Should_read_a_writers_role_as_part_of_the_byline(string line) =>
        Assert.Equal("byline", Pipeline.Cleaning.PlainText.LineClassifier.Classify(line).Reason);

    [Theory]
    [InlineData("Letters to the editor")]
    [InlineData("The reporter who stayed")]
    public void Should_not_read_a_heading_that_ends_in_a_role_as_a_byline(string line) =>
        Assert.NotEqual("byline", Pipeline.Cleaning.PlainText.LineClassifier.Classify(line).Reason);

    private static CleanedDocument Clean(string text) => new ArticleCleaner().Clean(new CleaningInput { Text = text });
}
