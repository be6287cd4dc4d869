using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Conventions;
using MongoDB.Bson.Serialization.Serializers;

namespace Pipeline.Storage.Mongo;

/// <summary>
/// BSON conventions and serializers, registered once and in a fixed order before any collection
/// is touched. Only the store's own persistence types are mapped; domain records stay plain.
/// </summary>
internal static class MongoMappings
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        // Driver 3.x refuses to guess a Guid's byte layout; say it once.
        BsonSerializer.TryRegisterSerializer(new GuidSerializer(GuidRepresentation.Standard));
        var conventions = new ConventionPack
        {
            new CamelCaseElementNameConvention(),
            new IgnoreIfNullConvention(true),
            new IgnoreExtraElementsConvention(true),
        };
        ConventionRegistry.Register("pipeline-store", conventions, type => type.Namespace == typeof(MongoMappings).Namespace);
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Register() => _ = Registered.Value;
}
