namespace Pipeline.Cleaning.Tests;

/// <summary>
/// Articles of an invented site whose template carries a donation appeal and a "corrections"
/// line inside the article body, worded so no generic rule recognises them as boilerplate.
/// </summary>
internal static class SyntheticSite
{
    public const string Appeal = "The Valley Ledger stays free because four hundred neighbours chip in each month to pay our two reporters.";
    public const string Corrections = "Spotted something we got wrong? Write to the desk and we will look at it within a day.";

    private static readonly string[] Towns = ["Ashford", "Bellmoor", "Carrow", "Dunmere", "Elsby", "Fenwick", "Garth", "Holloway", "Ivers", "Jarrow", "Kessel", "Lindow"];
    private static readonly string[] Subjects = ["the library roof", "a new bus route", "the flood barrier", "school dinners", "the market square", "a wind farm", "the bridge repairs", "allotment rents", "the swimming pool", "street lighting", "the cricket ground", "a housing plan"];

    public static string Article(int number)
    {
        var town = Towns[number % Towns.Length];
        var subject = Subjects[number % Subjects.Length];
        return $"""
            <html lang="en"><head><title>{town} debates {subject}</title></head>
            <body>
              <div class="top"><a href="/">The Valley Ledger</a></div>
              <div class="wrap"><div class="story">
                <h1>{town} debates {subject}</h1>
                <p>Residents of {town} packed the parish hall on evening number {number} to argue about {subject}, which the council says it can no longer afford to maintain at the current level.</p>
                <p>{Appeal}</p>
                <p>A councillor for {town} said a decision on {subject} would be taken after a consultation closing in {number + 3} weeks, and that every written response would be read in full.</p>
                <p>Several speakers asked why {subject} had not been raised before the budget was set, and the meeting ran {number + 20} minutes over time before the chair closed it.</p>
                <p>{Corrections}</p>
              </div></div>
            </body></html>
            """;
    }
}
