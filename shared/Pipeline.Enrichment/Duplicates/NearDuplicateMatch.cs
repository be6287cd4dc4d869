namespace Pipeline.Enrichment;

/// <summary>
/// Where a document stands among the documents seen before it: the earlier document it nearly
/// copies (null when none), the cluster it belongs to (the id of the cluster's first document; its
/// own id when it starts one), and the SimHash distance to that earlier document.
/// </summary>
public sealed record NearDuplicateMatch(string? DuplicateOf, string ClusterId, int Distance);
