namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>
/// An invented water-rates story as regional templates set it: an <c>h1</c> worded otherwise than
/// the declared title, stamp lines in several house styles, a drop cap set apart from its paragraph,
/// a link list that names itself in its first item, a picture credit and a view counter.
/// </summary>
internal static class StampsAndLabelsPage
{
    public const string Html = """
        <html lang="en"><head>
          <title>Water rates to rise in Millbrook | The Valley Courier</title>
          <meta property="og:title" content="Millbrook water rates going up">
        </head><body><main><article>
          <h1>Millbrook council backs a nine percent rise in water rates for next year</h1>
          <div class="meta">PUBLISHED: March 3, 2025 at 9:12 a.m. | UPDATED: March 3, 2025 at 11:40 a.m.</div>
          <div class="stamp">Mar. 3, 2025, at 9:12 AM</div>
          <div class="stamp">Posted: Monday, March 3, 2025. 9:12 am EST.</div>
          <div class="body">
            <span class="dropcap">W</span><p>ater bills in Millbrook will rise by nine percent from July after the council voted on Tuesday to fund repairs to the pumping station on the east bank.</p>
            <p>The utility says the station, built in 1968, now loses more water through its cracked mains than the whole of the north district uses in a summer week.</p>
            <ul>
              <li>MORE LOCAL NEWS</li>
              <li><a href="/a">Ferry timetable changes for the spring season</a></li>
              <li><a href="/b">Library reopens after the roof repairs</a></li>
              <li><a href="/c">Farmers market moves to the old depot</a></li>
            </ul>
            <p>Councillors who voted against the rise asked for the work to be spread over five years, so that households on fixed incomes would not face the whole cost at once.</p>
            <p>Featured image by Dana Whitfield/The Valley Courier.</p>
            <p>The new rates will be printed on the bills sent out in August, and a hardship fund will open to applications in June.</p>
            <p>1,204 views</p>
          </div>
        </article></main></body></html>
        """;
}
