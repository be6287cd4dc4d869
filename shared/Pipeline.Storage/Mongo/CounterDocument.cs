using MongoDB.Bson.Serialization.Attributes;

namespace Pipeline.Storage.Mongo;

/// <summary>A named counter in the <c>counters</c> collection, handing out increasing numbers.</summary>
internal sealed class CounterDocument
{
    [BsonId]
    public string Id { get; set; } = string.Empty;

    public long Value { get; set; }
}
