namespace Pipeline.Cleaning.PlainText;

/// <summary>What a line of scraped text looks like on its own.</summary>
internal enum LineKind
{
    /// <summary>Short: a headline, a menu entry, a label.</summary>
    Short,

    /// <summary>Running text: long and ending like a sentence.</summary>
    Body,

    /// <summary>A short paragraph that ends like a sentence: a one-line quote, "Critics say the price is too high."</summary>
    Sentence,

    /// <summary>Recognisably the site's, not the article's (reason in the classification).</summary>
    Boilerplate,
}
