namespace Pipeline.Enrichment;

/// <summary>
/// Finds near-copies among the fingerprints of earlier documents. Deterministic: a document is a
/// duplicate of the closest earlier document within <see cref="MaxDistance"/> bits (ties go to
/// the one added first) and joins that document's cluster; otherwise it starts its own cluster.
/// Adding the same id again returns its first answer. A linear scan of popcounts: about a
/// millisecond per million documents, and exact. Thread-safe.
/// </summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Bits two 64-bit SimHashes may differ by and still be near-duplicates (3 in Manku et al. 2007;
    /// a new two-sentence footer on a 170-word article moved 7, hence 10 by default; unrelated texts differ by about 32).</summary>
    public int MaxDistance { get; }

    private readonly List<(string Id, ulong Fingerprint, string ClusterId)> _documents = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NearDuplicateMatch> _answers = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public NearDuplicateIndex(int maxDistance = 10) => MaxDistance = maxDistance;

    /// <summary>Rebuilds the index from stored documents, in the order they were first added.</summary>
    public NearDuplicateIndex(IEnumerable<(string Id, ulong Fingerprint, string ClusterId)> earlier, int maxDistance = 10) : this(maxDistance)
    {
        foreach (var (id, fingerprint, cluster) in earlier)
        {
            _positions[id] = _documents.Count;
            _documents.Add((id, fingerprint, cluster));
            _answers[id] = new NearDuplicateMatch(null, cluster, 0);
        }
    }

    public int Count
    {
        get { lock (_lock) return _documents.Count; }
    }

    /// <summary>Adds a document and says which earlier one it copies, if any, and its cluster.</summary>
    public NearDuplicateMatch Add(string id, ulong fingerprint)
    {
        lock (_lock)
        {
            if (_answers.TryGetValue(id, out var known)) return known;
            var match = FindLocked(fingerprint, excludeId: null);
            _positions[id] = _documents.Count;
            _documents.Add((id, fingerprint, match.DuplicateOf is null ? id : match.ClusterId));
            var answer = match.DuplicateOf is null ? match with { ClusterId = id } : match;
            _answers[id] = answer;
            return answer;
        }
    }

    /// <summary>
    /// What <see cref="Add"/> would answer, without adding; ClusterId is empty when nothing matches.
    /// <paramref name="excludeId"/> leaves a document out, e.g. so a new version is not found to copy its own earlier one.
    /// </summary>
    public NearDuplicateMatch Find(ulong fingerprint, string? excludeId = null)
    {
        lock (_lock) return FindLocked(fingerprint, excludeId);
    }

    /// <summary>
    /// Records what the store decided for a document (its newest fingerprint and its cluster), keeping
    /// the document's first position so ties still go to the document seen first.
    /// </summary>
    public void Set(string id, ulong fingerprint, string clusterId)
    {
        lock (_lock)
        {
            if (_positions.TryGetValue(id, out var position)) _documents[position] = (id, fingerprint, clusterId);
            else
            {
                _positions[id] = _documents.Count;
                _documents.Add((id, fingerprint, clusterId));
            }
            _answers.Remove(id);
        }
    }

    private NearDuplicateMatch FindLocked(ulong fingerprint, string? excludeId)
    {
        var best = -1;
        var bestDistance = MaxDistance + 1;
        for (var i = 0; i < _documents.Count; i++)
        {
            if (excludeId is not null && string.Equals(_documents[i].Id, excludeId, StringComparison.Ordinal)) continue;
            var distance = SimHash.Distance(fingerprint, _documents[i].Fingerprint);
            if (distance < bestDistance) (best, bestDistance) = (i, distance);
        }
        return best < 0 ? new NearDuplicateMatch(null, string.Empty, 0) : new NearDuplicateMatch(_documents[best].Id, _documents[best].ClusterId, bestDistance);
    }
}
