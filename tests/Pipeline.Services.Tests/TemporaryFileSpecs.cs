using Pipeline.Ingest;

namespace Pipeline.Services.Tests;

public sealed class TemporaryFileSpecs
{
    [Fact]
    public async Task Should_hold_what_is_written_under_no_name_that_a_killed_process_could_leave_behind()
    {
        await using var file = TemporaryFile.Create("pipeline-spec");
        await file.WriteAsync("spooled bytes"u8.ToArray());
        file.Position = 0;

        Assert.Equal("spooled bytes", await new StreamReader(file).ReadToEndAsync());
        Assert.Equal(OperatingSystem.IsWindows(), File.Exists(file.Name));
    }
}
