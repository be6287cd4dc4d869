namespace Pipeline.Cleaning.Tests;

public class When_a_source_profile_has_learnt_earlier_articles
{
    private static readonly ArticleCleaner Cleaner = new();

    private static CleanedDocument Clean(int number, SourceProfile? profile) =>
        Cleaner.Clean(new CleaningInput { Text = string.Empty, Html = SyntheticSite.Article(number) }, profile);

    private static SourceProfile LearnArticles(int count)
    {
        var profile = new SourceProfile();
        for (var number = 1; number <= count; number++) profile.Learn(Clean(number, profile));
        return profile;
    }

    [Fact]
    public void Should_keep_the_template_text_in_the_first_article_it_sees()
    {
        var first = Clean(1, new SourceProfile());
        Assert.Contains(SyntheticSite.Appeal, first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_clean_the_tenth_article_better_than_the_first()
    {
        var profile = LearnArticles(9);
        var tenth = Clean(10, profile);

        Assert.DoesNotContain(SyntheticSite.Appeal, tenth.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(SyntheticSite.Corrections, tenth.Text, StringComparison.Ordinal);
        Assert.Contains(tenth.Removed, removed => removed.Text == SyntheticSite.Appeal && removed.Reason == "repeated-across-source");
        Assert.Contains("Residents of Kessel packed the parish hall", tenth.Text, StringComparison.Ordinal);
        Assert.Contains("ran 30 minutes over time", tenth.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_need_several_documents_before_calling_a_block_boilerplate()
    {
        var profile = LearnArticles(SourceProfile.MinDocuments - 1);
        Assert.False(profile.IsRepeated(SyntheticSite.Appeal));
        profile.Learn(Clean(SourceProfile.MinDocuments, profile));
        Assert.True(profile.IsRepeated(SyntheticSite.Appeal));
    }

    [Fact]
    public void Should_not_strip_an_article_it_has_already_seen_several_times()
    {
        var profile = new SourceProfile();
        for (var copy = 0; copy < 5; copy++) profile.Learn(Clean(4, profile));

        var again = Clean(4, profile);

        Assert.Contains("Residents of Elsby packed the parish hall", again.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_survive_a_round_trip_through_json()
    {
        var profile = LearnArticles(9);

        var restored = SourceProfile.FromJson(profile.ToJson());

        Assert.Equal(profile.Documents, restored.Documents);
        Assert.Equal(profile.Count, restored.Count);
        Assert.Equal(Clean(10, profile).Text, Clean(10, restored).Text);
    }

    [Fact]
    public void Should_stay_within_its_capacity_and_keep_what_repeats()
    {
        var profile = new SourceProfile(capacity: 32);
        for (var number = 1; number <= 40; number++) profile.Learn(Clean(number, profile));

        Assert.InRange(profile.Count, 1, 32);
        Assert.True(profile.IsRepeated(SyntheticSite.Corrections));
    }

    [Fact]
    public void Should_treat_numbers_and_case_as_the_same_furniture()
    {
        var profile = new SourceProfile();
        profile.Learn(["12 comments"]);
        profile.Learn(["3 Comments"]);
        profile.Learn(["140 comments"]);

        Assert.True(profile.IsRepeated("7 COMMENTS"));
    }
}
