using System.Text;
using Pipeline.Ingest.Watching;

namespace Pipeline.Services.Tests;

public sealed class When_a_folder_is_watched : IAsyncLifetime
{
    private readonly WatchedFolder _folder = new();

    public Task InitializeAsync() => Task.CompletedTask;
    public Task DisposeAsync() => _folder.DisposeAsync().AsTask();

    [Fact]
    public async Task Should_drop_each_file_already_there_once_named_by_its_path_inside_the_folder()
    {
        _folder.Write("rail-link.txt", Articles.Text);
        _folder.Write("harbour/ferry-terminal.html", Articles.Html);

        await _folder.StartAsync();

        Assert.Equal(["harbour/ferry-terminal.html", "rail-link.txt"], _folder.Dropped.Select(f => f.RelativePath).Order());
        Assert.Equal(Articles.Html, Encoding.UTF8.GetString(_folder.Dropped.Single(f => f.RelativePath.StartsWith("harbour/")).Content.Span));
        Assert.All(_folder.Reports, r => Assert.Equal(WatchOutcome.Dropped, r.Outcome));
    }

    [Fact]
    public async Task Should_drop_nothing_again_after_a_restart_when_nothing_changed()
    {
        _folder.Write("rail-link.txt", Articles.Text);
        _folder.Write("harbour/ferry-terminal.html", Articles.Html);
        await _folder.StartAsync();
        await _folder.StopAsync();

        await _folder.StartAsync();

        Assert.Empty(_folder.Dropped);
        Assert.Equal(2, _folder.Reports.Count(r => r.Outcome == WatchOutcome.Unchanged));
        Assert.True(File.Exists(Path.Combine(_folder.Directory.FullName, FolderWatchOptions.StateFileName)));
    }

    [Fact]
    public async Task Should_drop_a_file_changed_while_stopped_once_after_the_restart()
    {
        var path = _folder.Write("rail-link.txt", Articles.Text);
        await _folder.StartAsync();
        await _folder.StopAsync();
        File.WriteAllText(path, Articles.Text.Replace("840 million", "910 million"));

        await _folder.StartAsync();

        var dropped = Assert.Single(_folder.Dropped);
        Assert.Contains("910 million", Encoding.UTF8.GetString(dropped.Content.Span));
    }

    [Fact]
    public async Task Should_drop_new_and_changed_files_once_while_running_but_not_touched_ones()
    {
        var touched = _folder.Write("touched.txt", "Same words as before, only the clock moved.");
        var changed = _folder.Write("changed.txt", "First words.");
        await _folder.StartAsync();

        File.SetLastWriteTimeUtc(touched, DateTime.UtcNow.AddMinutes(5));
        File.WriteAllText(changed, "Second words.");
        _folder.Write("new/arrival.md", "# Arrival\n\nA new file.");

        await _folder.WaitForAsync("touched.txt", WatchOutcome.Unchanged);
        await _folder.WaitForAsync("changed.txt", WatchOutcome.Dropped, count: 2);
        await _folder.WaitForAsync("new/arrival.md", WatchOutcome.Dropped);
        Assert.Equal(["changed.txt", "changed.txt", "new/arrival.md", "touched.txt"], _folder.Dropped.Select(f => f.RelativePath).Order());
        Assert.Equal("Second words.", Encoding.UTF8.GetString(_folder.Dropped.Last(f => f.RelativePath == "changed.txt").Content.Span));
    }

    [Fact]
    public async Task Should_leave_hidden_and_temporary_files_alone()
    {
        foreach (var name in new[] { ".hidden.txt", ".git/config", "~$report.docx", "download.crdownload", "draft.txt.tmp", "notes.txt~", "video.part", "#autosave#" })
            _folder.Write(name, "not for the pipeline");
        _folder.Write("visible.txt", "for the pipeline");

        await _folder.StartAsync();
        _folder.Write("later.swp", "an editor's swap file");
        _folder.Write("later.txt", "a real file");
        await _folder.WaitForAsync("later.txt", WatchOutcome.Dropped);

        Assert.Equal(["later.txt", "visible.txt"], _folder.Dropped.Select(f => f.RelativePath).Order());
        Assert.Equal(["later.txt", "visible.txt"], _folder.Reports.Select(r => r.RelativePath).Order());
    }

    [Fact]
    public async Task Should_skip_a_file_above_the_limit_and_say_so_once()
    {
        _folder.Write("big.txt", new string('a', 101));
        await _folder.StartAsync(maxFileBytes: 100);
        var report = await _folder.WaitForAsync("big.txt", WatchOutcome.TooLarge);
        await _folder.StopAsync();

        await _folder.StartAsync(maxFileBytes: 100);

        Assert.Contains("PIPELINE_MAX_DOCUMENT_BYTES", report.Detail);
        Assert.Empty(_folder.Dropped);
        Assert.Equal(WatchOutcome.Unchanged, Assert.Single(_folder.Reports).Outcome);
    }

    [Fact]
    public async Task Should_try_again_a_drop_that_failed()
    {
        _folder.FailNextDrops = 1;
        _folder.Write("rail-link.txt", Articles.Text);

        await _folder.StartAsync();

        Assert.Contains(_folder.Reports, r => r.Outcome == WatchOutcome.Failed && r.Detail == "broker unreachable");
        Assert.Equal("rail-link.txt", Assert.Single(_folder.Dropped).RelativePath);
    }
}
