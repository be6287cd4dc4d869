using Pipeline.Enrichment;
using Pipeline.Storage;

namespace Pipeline.Enrich;

/// <summary>
/// Near-duplicate detection backed by the store. Each process keeps every document's newest
/// fingerprint in memory (an exact scan, about a millisecond per million documents) and catches up
/// on what other copies stored before each decision; the decision itself is stored per document
/// version, so a redelivery gets the same answer and the public event stays stable.
/// </summary>
public sealed class NearDuplicates(IDocumentStore store)
{
    private const int Page = 10_000;

    // Records can commit slightly out of sequence order when several writers save at once; reading
    // a little behind the last sequence seen picks those up (applying a record twice is harmless).
    private const int Overlap = 256;

    private readonly NearDuplicateIndex _index = new();
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _sequence;

    public async Task<FingerprintRecord> ResolveAsync(string documentId, int version, ulong fingerprint, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpAsync(cancellationToken);
            // A new version of a document is never a copy of its own earlier versions.
            var match = _index.Find(fingerprint, excludeId: documentId);
            var stored = await store.SaveFingerprintAsync(new FingerprintRecord
            {
                DocumentId = documentId,
                Version = version,
                Fingerprint = fingerprint,
                DuplicateOf = match.DuplicateOf,
                ClusterId = match.DuplicateOf is null ? documentId : match.ClusterId,
                Distance = match.Distance,
            }, cancellationToken);
            Apply(stored);
            return stored;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var records = await store.GetFingerprintsAsync(Math.Max(0, _sequence - Overlap), Page, cancellationToken);
            var before = _sequence;
            foreach (var record in records) Apply(record);
            if (records.Count < Page || _sequence == before) return;
        }
    }

    private void Apply(FingerprintRecord record)
    {
        _sequence = Math.Max(_sequence, record.Sequence);
        if (_versions.TryGetValue(record.DocumentId, out var known) && known > record.Version) return;
        _versions[record.DocumentId] = record.Version;
        _index.Set(record.DocumentId, record.Fingerprint, record.ClusterId);
    }
}
