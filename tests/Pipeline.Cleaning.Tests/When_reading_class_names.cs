using Pipeline.Cleaning.Html;

namespace Pipeline.Cleaning.Tests;

public class When_reading_class_names
{
    [Theory]
    [InlineData("InlineImage-imageEmbedCaption", "inline-image-image-embed-caption")]
    [InlineData("css-s99gbd StoryBodyCompanionColumn", "css-s99gbd story-body-companion-column")]
    [InlineData("article-body", "article-body")]
    [InlineData("BBC-news", "bbc-news")]
    public void Should_lower_them_with_their_camel_case_words_apart(string raw, string read) =>
        Assert.Equal(read, ClassNames.Lower(raw));
}
