namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Malay and Indonesian papers sign a story off with a dash and their desk's code on the last
/// line ("- BHR"): an end note, as the bare code ("RIRM") and the bracketed one ("(jbr)") are.
/// </summary>
public class When_a_story_is_signed_with_a_dash_and_a_desk_code
{
    private const string Html = """
        <html><head><title>300 penduduk terjejas banjir kilat di Kepong</title></head><body><main><article>
          <h1>300 penduduk terjejas banjir kilat di Kepong</h1>
          <div class="article-content">
            <p>KUALA LUMPUR – Lebih 300 penduduk di tiga kawasan perumahan di Kepong terjejas akibat banjir kilat selepas hujan lebat selama hampir tiga jam petang semalam.</p>
            <p>Jabatan Bomba dan Penyelamat Malaysia memaklumkan, pihaknya menerima panggilan kecemasan pertama pada pukul 4.12 petang dan menggerakkan 28 anggota ke lokasi.</p>
            <p>Dewan Bandaraya Kuala Lumpur berkata, kerja-kerja menaik taraf sistem saliran di kawasan itu dijadual bermula pada Januari depan dengan kos RM14 juta.</p>
            <p class="source-tag">- BHR</p>
          </div>
        </article></main></body></html>
        """;

    private readonly CleanedDocument _cleaned = new ArticleCleaner().Clean(new CleaningInput { Text = string.Empty, Html = Html });

    [Fact]
    public void Should_end_with_the_storys_last_paragraph() =>
        Assert.EndsWith("dengan kos RM14 juta.", _cleaned.Text, StringComparison.Ordinal);

    [Fact]
    public void Should_remove_the_code_as_an_end_note() =>
        Assert.Contains(_cleaned.Removed, removed => removed.Text == "- BHR" && removed.Reason == "end-note");
}
