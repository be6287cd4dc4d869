using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Cli.Tests;

/// <summary>README's first command, <c>pipeline run seeds --out DIR</c>, and the files it writes.</summary>
public sealed partial class When_the_sample_documents_are_run : IAsyncLifetime
{
    private readonly DirectoryInfo _output = Directory.CreateTempSubdirectory("pipeline-out-");
    private int _exitCode;

    public async Task InitializeAsync() =>
        _exitCode = await PipelineCli.Create().Parse(["run", Repository.Seeds, "--out", _output.FullName]).InvokeAsync();

    public Task DisposeAsync()
    {
        _output.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private static IEnumerable<string> SeedNames =>
        Directory.EnumerateFiles(Repository.Seeds).Select(Path.GetFileNameWithoutExtension).Order()!;

    [Fact]
    public void Should_succeed_and_write_one_json_file_per_input_named_after_it()
    {
        Assert.Equal(0, _exitCode);
        Assert.Equal(SeedNames, _output.EnumerateFiles().Select(f => Path.GetFileNameWithoutExtension(f.Name)).Order());
        Assert.All(_output.EnumerateFiles(), f => Assert.Equal(".json", f.Extension));
    }

    [Fact]
    public void Should_write_the_public_event_of_each_enriched_document()
    {
        foreach (var file in _output.EnumerateFiles())
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file.FullName));
            var payload = json.RootElement;
            Assert.Equal(3, payload.GetProperty("version").GetInt32());
            Assert.Equal(Path.GetFileNameWithoutExtension(file.Name), Path.GetFileNameWithoutExtension(payload.GetProperty("fileName").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(payload.GetProperty("title").GetString()));
            Assert.True(payload.GetProperty("text").GetString()!.Length > 500);
            Assert.Equal("en", payload.GetProperty("language").GetString());
            Assert.True(payload.GetProperty("entities").GetArrayLength() > 0);
            Assert.True(payload.GetProperty("keywords").GetArrayLength() > 0);
            Assert.False(string.IsNullOrWhiteSpace(payload.GetProperty("summary").GetString()));
        }
    }

    [Fact]
    public void Should_strip_the_sites_around_the_articles()
    {
        foreach (var file in _output.EnumerateFiles())
        {
            var text = JsonDocument.Parse(File.ReadAllText(file.FullName)).RootElement.GetProperty("text").GetString()!;
            Assert.DoesNotContain("Skip to main content", text);
            Assert.DoesNotContain("Sign in", text);
            Assert.DoesNotContain("billed annually", text);
            Assert.DoesNotContain("Privacy policy", text);
        }
    }

    [Fact]
    public void Should_use_exactly_the_top_level_fields_README_documents()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var section = readme[readme.IndexOf("### Fields of the public event", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];
        var documented = DocumentedField().Matches(section).Select(m => m.Groups[1].Value).ToHashSet();

        foreach (var file in _output.EnumerateFiles())
        {
            var fields = JsonDocument.Parse(File.ReadAllText(file.FullName)).RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();
            Assert.Equal(documented.Order(), fields.Order());
        }
    }

    // Table rows of the form "| `fieldName` | …".
    [GeneratedRegex(@"^\| `([a-zA-Z]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedField();
}
