using Microsoft.Extensions.Time.Testing;
using Pipeline.Ingest.Watching;

namespace Pipeline.Services.Tests;

/// <summary>The watcher's debounce on a fake clock: a file is dropped only once it stopped moving.</summary>
public sealed class PendingFilesSpecs
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);
    private static readonly FileStamp Small = new(10, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    private static readonly FileStamp Grown = new(20, new DateTime(2026, 1, 1, 0, 0, 1, DateTimeKind.Utc));
    private readonly FakeTimeProvider _clock = new();
    private readonly PendingFiles _pending;

    public PendingFilesSpecs() => _pending = new PendingFiles(Quiet, _clock);

    [Fact]
    public void Should_hold_a_file_until_its_quiet_period_is_over()
    {
        _pending.Touch("a.txt", Small);

        _clock.Advance(Quiet - TimeSpan.FromMilliseconds(1));
        Assert.Empty(_pending.TakeStable(_ => Small));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["a.txt"], _pending.TakeStable(_ => Small));
        Assert.Equal(0, _pending.Count);
    }

    [Fact]
    public void Should_wait_another_quiet_period_when_the_file_grew_meanwhile()
    {
        _pending.Touch("a.txt", Small);
        _clock.Advance(Quiet);

        Assert.Empty(_pending.TakeStable(_ => Grown));
        _clock.Advance(Quiet - TimeSpan.FromMilliseconds(1));
        Assert.Empty(_pending.TakeStable(_ => Grown));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["a.txt"], _pending.TakeStable(_ => Grown));
    }

    [Fact]
    public void Should_start_the_quiet_period_again_on_every_event()
    {
        _pending.Touch("a.txt", Small);
        _clock.Advance(Quiet / 2);
        _pending.Touch("a.txt", Grown);
        _clock.Advance(Quiet / 2);

        Assert.Empty(_pending.TakeStable(_ => Grown));
        _clock.Advance(Quiet / 2);
        Assert.Equal(["a.txt"], _pending.TakeStable(_ => Grown));
    }

    [Fact]
    public void Should_forget_a_file_that_is_gone()
    {
        _pending.Touch("a.txt", Small);
        _clock.Advance(Quiet);

        Assert.Empty(_pending.TakeStable(_ => null));
        Assert.Equal(0, _pending.Count);
    }

    [Fact]
    public void Should_hand_out_files_in_the_order_they_settled()
    {
        _pending.Touch("b.txt", Small);
        _clock.Advance(TimeSpan.FromMilliseconds(10));
        _pending.Touch("a.txt", Small);
        _clock.Advance(Quiet);

        Assert.Equal(["b.txt", "a.txt"], _pending.TakeStable(_ => Small));
    }

    [Fact]
    public void Should_look_again_after_the_retry_delay()
    {
        _pending.Retry("a.txt", TimeSpan.FromSeconds(5), Small);

        _clock.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        Assert.Empty(_pending.TakeStable(_ => Small));
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["a.txt"], _pending.TakeStable(_ => Small));
    }
}
