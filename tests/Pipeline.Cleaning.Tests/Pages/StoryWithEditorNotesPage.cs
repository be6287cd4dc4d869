namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>An invented science story whose template appends the editors' notes below the last paragraph.</summary>
internal static class StoryWithEditorNotesPage
{
    public const string Html = """
        <html lang="en"><head>
          <title>Cyclists count the cost of a wet spring</title>
          <meta name="author" content="Jane Marlow">
          <meta property="og:site_name" content="The Riverside Tribune">
        </head><body>
          <div class="wrap"><div class="story">
            <h1>Cyclists count the cost of a wet spring</h1>
            <p>Jane Marlow, Science correspondent</p>
            <p>The wettest April in forty years kept thousands of commuters off their bikes, according to counters installed on the city's three busiest cycle routes, which recorded a third fewer trips than a year earlier.</p>
            <p>Council officers said the drop was almost entirely on rainy mornings, and that numbers recovered within days whenever the weather cleared, which suggests people had not given up cycling for good.</p>
            <p>Campaigners said covered bike parking at the station and better drainage on the riverside path would keep more riders going when the weather turns, and asked the council to fund both this year.</p>
            <p><em>Would you swap your car for a bike if the paths were dry?</em></p>
            <p>___</p>
            <p><em>Jane Marlow covers science and the environment for the Tribune. Reach her at jane.marlow@tribune.example.</em></p>
            <p>A version of this article appears in print on May 3, 2024, Section B, Page 2.</p>
            <p>(jmr)</p>
          </div></div>
        </body></html>
        """;
}
