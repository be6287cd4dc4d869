namespace Pipeline.Cleaning.Tests.Pages;

/// <summary>
/// An invented sports federation story: a kicker and a headline split into two spans, the lead in
/// its own box above a picture (whose credit box is named "copyright") and a share bar, then the body.
/// A scoreboard and a video title sit beside the body.
/// </summary>
internal static class LeadApartFromBodyPage
{
    public const string Html = """
        <html lang="en"><head>
          <meta property="og:title" content="Davis Cup: Captain names two newcomers">
        </head><body>
          <div class="content-view-full"><div class="custom-row">
            <span class="badge">LIVE</span>
            <h1><span>Davis Cup</span> <span>Captain names two newcomers</span></h1>
            <div class="intro"><p>Captain Michael Kohl has named his team for the qualifier in Rio de Janeiro next month, and two of the five players have never played a Davis Cup tie before.</p></div>
            <div class="main-picture"><img src="team.jpg"><div class="copyright-wrapper">Photo agency</div></div>
            <div class="social-buttons"><a href="#">Tweet</a></div>
            <div class="scoreboard"><span>Home 3, Away 1, after day two</span></div>
            <div class="body-text">
              <p>The experienced pair will play the doubles on the second day, while the two newcomers share the singles with the team's highest-ranked player, who returns after an injury.</p>
              <p>The winners qualify for the finals later in the year. The team lost on its last visit to Brazil, a decade ago, but has won four of its six meetings with the hosts.</p>
              <p>Tickets for the tie went on sale on Monday and the organisers expect the arena to be full on both days, with a few hundred travelling supporters.</p>
            </div>
          </div></div>
        </body></html>
        """;
}
