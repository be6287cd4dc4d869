using Pipeline.Cleaning;
using Pipeline.Storage;
using Pipeline.Storage.VersionData;

namespace Pipeline.Clean;

/// <summary>
/// Per-source boilerplate statistics in the store: loaded before cleaning, taught each new clean
/// version once (a redelivery stores no new version, so it teaches nothing), saved with an
/// expected revision so concurrent copies of the service never lose each other's lessons.
/// </summary>
public sealed partial class SourceProfiles(IDocumentStore store, ILogger<SourceProfiles> logger)
{
    private const int MaxSaveAttempts = 5;

    /// <summary>The site a document belongs to (its URL's host), else the source the dropper named, else none.</summary>
    public static string? KeyOf(DocumentVersion ingested)
    {
        var url = ingested.Metadata.GetValueOrDefault(MetadataKeys.Url) ?? ingested.Source;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return "site:" + (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant();
        // Files dropped without a source (Source falls back to the file name) share nothing to learn from.
        return string.IsNullOrWhiteSpace(ingested.Source) || ingested.Source == ingested.FileName ? null : "source:" + ingested.Source;
    }

    public async Task<LoadedProfile> LoadAsync(string? key, CancellationToken cancellationToken)
    {
        if (key is null) return new LoadedProfile(null, null, 0);
        var stored = await store.GetSourceProfileAsync(key, cancellationToken);
        return stored is null ? new LoadedProfile(key, null, 0) : new LoadedProfile(key, SourceProfile.FromJson(stored.Json), stored.Revision);
    }

    public async Task LearnAsync(LoadedProfile loaded, CleanedDocument cleaned, CancellationToken cancellationToken)
    {
        if (loaded.Key is not { } key) return;
        var (profile, revision) = (loaded.Profile ?? new SourceProfile(), loaded.Revision);
        for (var attempt = 1; attempt <= MaxSaveAttempts; attempt++)
        {
            profile.Learn(cleaned);
            if (await store.SaveSourceProfileAsync(key, profile.ToJson(), revision, cancellationToken)) return;
            // Another copy saved in between: learn this document on top of its version instead.
            var fresh = await store.GetSourceProfileAsync(key, cancellationToken);
            (profile, revision) = fresh is null ? (new SourceProfile(), 0L) : (SourceProfile.FromJson(fresh.Json), fresh.Revision);
        }
        LogGaveUp(logger, key, MaxSaveAttempts);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source profile {Source} changed under {Attempts} attempts to save it; this document's lesson is dropped")]
    private static partial void LogGaveUp(ILogger logger, string source, int attempts);
}

/// <summary>A profile as read for one document: its key, the profile (null when new) and the revision read.</summary>
public sealed record LoadedProfile(string? Key, SourceProfile? Profile, long Revision);
