using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using Pipeline.Storage.Mongo;

namespace Pipeline.Storage.Tests;

/// <summary>What the MongoDB store writes and asks, checked without a server.</summary>
public sealed class MongoMappingSpecs
{
    public MongoMappingSpecs() => MongoMappings.Register();

    private static readonly DocumentVersion Version = Drafts.Ingest("doc-1", "ingest:abc", "Text") with
    {
        Version = 1,
        CreatedAt = new DateTimeOffset(2024, 3, 14, 9, 30, 0, TimeSpan.Zero),
        Metadata = new Dictionary<string, string> { ["author"] = "Ana Ruiz", ["a.b$c"] = "x" },
        Data = """{"removed":[{"text":"Menu","reason":"nav"}],"score":0.25}""",
    };

    private static RenderArgs<T> Args<T>() => new(BsonSerializer.SerializerRegistry.GetSerializer<T>(), BsonSerializer.SerializerRegistry);

    [Fact]
    public void Should_write_versions_with_camel_case_names_a_natural_id_and_no_nulls()
    {
        var bson = MongoRecordMapper.ToDocument(Version).ToBsonDocument();

        Assert.Equal("doc-1:1", bson["_id"].AsString);
        Assert.Equal("doc-1", bson["documentId"].AsString);
        Assert.Equal("ingest:abc", bson["key"].AsString);
        Assert.Equal(BsonType.DateTime, bson["createdAt"].BsonType);
        Assert.Equal(Version.CreatedAt.UtcDateTime, bson["createdAt"].ToUniversalTime());
        Assert.False(bson.Contains("parentVersion"));
        Assert.False(bson.Contains("markup"));
    }

    [Fact]
    public void Should_write_metadata_as_key_value_pairs_so_any_key_is_allowed()
    {
        var metadata = MongoRecordMapper.ToDocument(Version).ToBsonDocument()["metadata"].AsBsonArray;

        Assert.Contains(metadata, pair => pair["k"] == "a.b$c" && pair["v"] == "x");
        Assert.Equal(2, metadata.Count);
    }

    [Fact]
    public void Should_write_stage_data_as_a_queryable_sub_document()
    {
        var data = MongoRecordMapper.ToDocument(Version).ToBsonDocument()["data"].AsBsonDocument;

        Assert.Equal("nav", data["removed"][0]["reason"].AsString);
        Assert.Equal(0.25, data["score"].AsDouble);
    }

    [Fact]
    public void Should_write_a_streamed_text_as_a_reference_to_its_blob_and_read_it_back()
    {
        var streamed = Version with { Text = string.Empty, TextBlob = new string('a', 64), TextBlobCharacters = 104_857_600 };

        var bson = MongoRecordMapper.ToDocument(streamed).ToBsonDocument();
        var read = MongoRecordMapper.ToRecord(BsonSerializer.Deserialize<VersionDocument>(bson));

        Assert.Equal(new string('a', 64), bson["textBlob"].AsString);
        Assert.Equal(104_857_600L, bson["textBlobCharacters"].AsInt64);
        Assert.False(bson.Contains("textBlobId"));
        Assert.Equal((streamed.TextBlob, streamed.TextBlobCharacters, ""), (read.TextBlob, read.TextBlobCharacters, read.Text));
        Assert.False(MongoRecordMapper.ToDocument(Version).ToBsonDocument().Contains("textBlob"));
    }

    [Fact]
    public void Should_read_back_the_version_it_wrote()
    {
        var bson = MongoRecordMapper.ToDocument(Version).ToBsonDocument();
        var read = MongoRecordMapper.ToRecord(BsonSerializer.Deserialize<VersionDocument>(bson));

        Assert.Equal(Version with { Metadata = read.Metadata, Data = read.Data }, read);
        Assert.Equal(Version.Metadata, read.Metadata);
        Assert.Equal("""{"removed":[{"text":"Menu","reason":"nav"}],"score":0.25}""", read.Data);
    }

    [Fact]
    public void Should_ignore_fields_a_newer_service_wrote()
    {
        var bson = MongoRecordMapper.ToDocument(Version).ToBsonDocument();
        bson["addedLater"] = "by a newer version";

        var read = BsonSerializer.Deserialize<VersionDocument>(bson);

        Assert.Equal("doc-1", read.DocumentId);
    }

    [Fact]
    public void Should_find_a_redelivered_version_by_document_and_key()
    {
        var rendered = MongoQueries.VersionByKey("doc-1", "clean:1").Render(Args<VersionDocument>());

        Assert.Equal(BsonDocument.Parse("{ documentId: 'doc-1', key: 'clean:1' }"), rendered);
    }

    [Fact]
    public void Should_find_the_latest_version_of_a_stage_with_a_descending_sort()
    {
        var filter = MongoQueries.VersionsOf("doc-1", "ingest").Render(Args<VersionDocument>());
        var sort = MongoQueries.NewestFirst.Render(Args<VersionDocument>());

        Assert.Equal(BsonDocument.Parse("{ documentId: 'doc-1', stage: 'ingest' }"), filter);
        Assert.Equal(BsonDocument.Parse("{ version: -1 }"), sort);
    }

    [Fact]
    public void Should_find_one_documents_failures_newest_first_by_the_document_id_index()
    {
        var filter = MongoQueries.FailuresOf("doc-1").Render(Args<FailureDocument>());
        var sort = MongoQueries.NewestFailures.Render(Args<FailureDocument>());

        Assert.Equal(BsonDocument.Parse("{ documentId: 'doc-1' }"), filter);
        Assert.Equal(BsonDocument.Parse("{ at: -1, _id: 1 }"), sort);
        Assert.Contains(MongoQueries.FailureIndexes, i => i.Keys.Render(Args<FailureDocument>()) == BsonDocument.Parse("{ documentId: 1 }"));
    }

    [Fact]
    public void Should_only_ever_move_the_head_forward()
    {
        var version = MongoRecordMapper.ToDocument(Version with { Version = 3 });
        var update = MongoQueries.AdvanceHead(version).Render(Args<DocumentHeadDocument>()).AsBsonDocument;

        Assert.Equal(3, update["$max"]["latestVersion"].AsInt32);
        Assert.Equal(BsonType.DateTime, update["$max"]["updatedAt"].BsonType);
        Assert.Equal("https://news.example/story", update["$setOnInsert"]["source"].AsString);
        Assert.Equal("A title", update["$set"]["title"].AsString);
    }

    [Fact]
    public void Should_guard_version_numbers_and_keys_with_unique_indexes()
    {
        var indexes = MongoQueries.VersionIndexes.ToDictionary(i => i.Options.Name, i => (Keys: i.Keys.Render(Args<VersionDocument>()), i.Options.Unique));

        Assert.Equal((BsonDocument.Parse("{ documentId: 1, version: 1 }"), true), indexes["documentId_version"]);
        Assert.Equal((BsonDocument.Parse("{ documentId: 1, key: 1 }"), true), indexes["documentId_key"]);
        Assert.Equal(BsonDocument.Parse("{ documentId: 1, stage: 1, version: -1 }"), indexes["documentId_stage_version"].Keys);
    }

    [Fact]
    public void Should_save_a_source_profile_only_over_the_revision_it_read()
    {
        var filter = MongoQueries.ProfileAtRevision("site:news.example", 4).Render(Args<SourceProfileDocument>());
        var update = MongoQueries.NextProfileRevision("{}", DateTime.UnixEpoch).Render(Args<SourceProfileDocument>()).AsBsonDocument;

        Assert.Equal(BsonDocument.Parse("{ _id: 'site:news.example', revision: NumberLong(4) }"), filter);
        Assert.Equal(1, update["$inc"]["revision"].ToInt64());
        Assert.Equal("{}", update["$set"]["json"].AsString);
    }

    [Fact]
    public void Should_keep_all_64_fingerprint_bits_in_a_signed_bson_integer()
    {
        var record = new FingerprintRecord { DocumentId = "doc-1", Version = 2, Fingerprint = ulong.MaxValue - 5, ClusterId = "doc-1" };
        var bson = MongoRecordMapper.ToDocument(record, sequence: 9).ToBsonDocument();

        Assert.Equal("doc-1:2", bson["_id"].AsString);
        Assert.Equal(BsonType.Int64, bson["fingerprint"].BsonType);
        Assert.Equal(record.Fingerprint, MongoRecordMapper.ToRecord(BsonSerializer.Deserialize<FingerprintDocument>(bson)).Fingerprint);
        Assert.Equal(BsonDocument.Parse("{ sequence: { $gt: NumberLong(9) } }"), MongoQueries.FingerprintsAfter(9).Render(Args<FingerprintDocument>()));
    }

    [Fact]
    public void Should_key_published_events_by_document_version_and_name()
    {
        var published = new PublishedEvent("doc-1", 2, "DocumentCleaned", Guid.Parse("0a8c55a4-4c4e-4b1c-9d4d-6a2c1b0e9f11"), DateTimeOffset.UnixEpoch);
        var bson = MongoRecordMapper.ToDocument(published).ToBsonDocument();

        Assert.Equal("doc-1:2:DocumentCleaned", bson["_id"].AsString);
        Assert.Equal(BsonBinarySubType.UuidStandard, bson["messageId"].AsBsonBinaryData.SubType);
        Assert.Equal(published, MongoRecordMapper.ToRecord(BsonSerializer.Deserialize<EventDocument>(bson)));
    }
}
