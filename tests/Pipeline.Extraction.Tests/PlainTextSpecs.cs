using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;
using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_plain_text_is_extracted(ITestOutputHelper output)
{
    [Fact]
    public void Should_keep_paragraphs_unify_line_ends_and_trim_trailing_space()
    {
        var result = Extract(Utf8("\r\n\r\nShopping list  \r\n\r\n\r\n\r\neggs\r\nflour\t\rmilk\n\n"));
        Assert.Equal(DocumentFormat.PlainText, result.Format);
        Assert.Equal("text/plain", result.MediaType);
        Assert.Equal("Shopping list\n\neggs\nflour\nmilk", result.Documents[0].Text);
        Assert.Equal("Shopping list", result.Documents[0].Title);
    }

    [Fact]
    public void Should_title_a_text_whose_first_line_is_too_long_by_its_file_name()
    {
        var result = Extract(Utf8(new string('w', 400) + "\nsecond"), "long-line.txt");
        Assert.Equal("long-line", result.Documents[0].Title);
    }

    [Fact]
    public void Should_title_a_text_that_starts_with_its_first_paragraph_by_its_file_name()
    {
        const string story = "OSLO — The harbour authority said on Tuesday that ferry traffic to the northern islands would resume within two days, after a storm closed three piers and left the main terminal without power.\n\n"
            + "Engineers from the utility worked through the night.";
        Assert.Equal("ferry-storm", Extract(Utf8(story), "ferry-storm.txt").Documents[0].Title);
    }

    [Fact]
    public void Should_keep_a_long_headline_that_does_not_end_as_a_sentence()
    {
        const string headline = "Harbour authority reopens ferry routes to the northern islands after a storm closed three piers and cut power to the main terminal for two days and nights";
        var result = Extract(Utf8(headline + "\n\nThe harbour authority said on Tuesday that traffic would resume."), "ferry-storm.txt");
        Assert.Equal(headline, result.Documents[0].Title);
    }

    [Fact]
    public void Should_extract_a_50_MB_single_line_in_linear_time_and_bounded_memory()
    {
        var line = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 50 * 1024 * 1024 / 27 + 1)))[..(50 * 1024 * 1024)];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = Extract(line, "one-line.txt");
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        output.WriteLine($"50 MB single line extracted in {clock.Elapsed.TotalMilliseconds:F0} ms, {allocated:N0} bytes allocated");
        var text = result.Documents[0].Text;
        Assert.Equal(line.Length - (line[^1] == ' ' ? 1 : 0), text.Length);
        Assert.Equal("one-line", result.Documents[0].Title);
        // The text itself (2 bytes a character) and little else: no per-line or per-character garbage.
        Assert.True(allocated < text.Length * 2L * 1.1 + 4_000_000, $"allocated {allocated:N0} bytes");
        // Linear work takes a second or two even on a loaded machine; a quadratic path would take hours.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Should_drop_control_characters_but_keep_tabs()
    {
        Assert.Equal("A bell and an escape inside, and a\ttab.", Extract(Utf8("A bell\u0007 and an escape\u001B inside, and a\ttab.")).Documents[0].Text);
    }

    [Fact]
    public void Should_refuse_white_space_only_as_empty()
    {
        Assert.Equal(ExtractionErrorCodes.Empty, Refusal(Utf8(" \r\n\t ")).Code);
        Assert.Equal(ExtractionErrorCodes.Empty, Refusal([]).Code);
    }
}
