using System.IO.Compression;

namespace Pipeline.Enrichment;

/// <summary>
/// Trained weights of the averaged perceptron: one row of class weights per feature key. Stored
/// gzip'd as keys then half-precision rows; read-only once loaded, so shared between threads.
/// </summary>
internal sealed class PerceptronModel
{
    private const string Magic = "PNER-AP1";
    private readonly Dictionary<uint, int> _rows;
    private readonly FeatureTable _table;
    private readonly float[] _weights;

    public PerceptronModel(string[] classes, Dictionary<uint, int> rows, float[] weights)
    {
        Classes = classes;
        _rows = rows;
        _table = new FeatureTable(rows, weights, classes.Length);
        _weights = weights;
    }

    /// <summary>Length of the score buffer <see cref="Score"/> needs.</summary>
    public int ScoreLength => Classes.Length;

    public string[] Classes { get; }

    public int FeatureCount => _rows.Count;

    /// <summary>Adds each feature's class weights into <paramref name="scores"/> (at least <see cref="ScoreLength"/> long).</summary>
    public void Score(ReadOnlySpan<uint> keys, Span<float> scores)
    {
        _table.AddTo(keys, scores);
    }

    /// <summary>
    /// The mean of several models' weights (a feature missing from a model counts as zero there):
    /// runs that differ only in the order they saw the examples make different mistakes, and their
    /// mean is steadier than any one of them.
    /// </summary>
    public static PerceptronModel Average(IReadOnlyList<PerceptronModel> models)
    {
        var classes = models[0].Classes;
        var rows = new Dictionary<uint, int>();
        var sums = new List<float>();
        foreach (var model in models)
            foreach (var (key, row) in model._rows)
            {
                if (!rows.TryGetValue(key, out var target))
                {
                    rows[key] = target = rows.Count;
                    sums.AddRange(new float[classes.Length]);
                }
                for (var c = 0; c < classes.Length; c++) sums[target * classes.Length + c] += model._weights[row * classes.Length + c] / models.Count;
            }
        return new PerceptronModel(classes, rows, sums.ToArray());
    }

    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Classes.Length);
        foreach (var name in Classes) writer.Write(name);
        writer.Write(_rows.Count);
        var ordered = _rows.OrderBy(pair => pair.Key).ToList();
        foreach (var (key, _) in ordered) writer.Write(key);
        foreach (var (_, row) in ordered)
            for (var c = 0; c < Classes.Length; c++) writer.Write((Half)_weights[row * Classes.Length + c]);
    }

    public static PerceptronModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new BinaryReader(new BufferedStream(gzip, 1 << 16));
        if (reader.ReadString() != Magic) throw new InvalidDataException("Not a tagger model file.");
        var classes = new string[reader.ReadInt32()];
        for (var c = 0; c < classes.Length; c++) classes[c] = reader.ReadString();
        var count = reader.ReadInt32();
        var rows = new Dictionary<uint, int>(count);
        for (var r = 0; r < count; r++) rows[reader.ReadUInt32()] = r;
        var weights = new float[count * classes.Length];
        for (var i = 0; i < weights.Length; i++) weights[i] = (float)reader.ReadHalf();
        return new PerceptronModel(classes, rows, weights);
    }
}
